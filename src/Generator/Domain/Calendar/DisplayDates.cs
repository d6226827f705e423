using System.Globalization;

namespace SendSite.Domain.Calendar;

/// <summary>
/// Dates and times written for people, in GOV.UK style: "14 March 2025", "9:30am on 14 March 2025", "midday".
/// Month names come from the invariant culture (English) so the output never depends on the machine.
/// </summary>
public static class DisplayDates
{
    private const string LongDateFormat = "d MMMM yyyy";

    private const string IsoDateFormat = "yyyy-MM-dd";

    /// <summary>"14 March 2025": day without a leading zero, month in full, four-digit year.</summary>
    public static string Long(DateOnly date) => date.ToString(LongDateFormat, CultureInfo.InvariantCulture);

    /// <summary>The day an instant falls on in the UK, e.g. a report published at 00:30 BST belongs to that UK day.</summary>
    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkTime.ToUkTime(instant));

    /// <summary>"2025-03-14", for machines: the datetime attribute of a time element, file names, data.</summary>
    public static string Iso(DateOnly date) => date.ToString(IsoDateFormat, CultureInfo.InvariantCulture);

    /// <summary>"9:30am", "9am", "5:15pm", "midday", "midnight": 12-hour clock, no ":00", lower-case am/pm.</summary>
    public static string TimeOfDay(TimeOnly time)
    {
        if (time.Hour == 12 && time.Minute == 0)
        {
            return "midday";
        }

        if (time.Hour == 0 && time.Minute == 0)
        {
            return "midnight";
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? "" : $":{time.Minute:00}";
        var meridiem = time.Hour < 12 ? "am" : "pm";
        return string.Create(CultureInfo.InvariantCulture, $"{hour}{minutes}{meridiem}");
    }

    /// <summary>
    /// The instant as read on UK clocks: "9:30am on 14 March 2025". Midnight is written as
    /// "midnight at the start of 14 March 2025", because "midnight on 14 March" is read both ways.
    /// </summary>
    public static string TimeAndDate(DateTimeOffset instant)
    {
        var uk = UkTime.ToUkTime(instant);
        var date = DateOnly.FromDateTime(uk);
        var time = TimeOnly.FromDateTime(uk);
        return time.Hour == 0 && time.Minute == 0
            ? $"midnight at the start of {Long(date)}"
            : $"{TimeOfDay(time)} on {Long(date)}";
    }
}
