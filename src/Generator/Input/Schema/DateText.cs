using System.Globalization;
using System.Text.RegularExpressions;

namespace SendSite.Input.Schema;

/// <summary>
/// Checks dates (yyyy-mm-dd) and instants (yyyy-mm-ddThh:mm:ss with Z or an offset) and, when one is wrong,
/// says why in words: the wrong form, a day that does not exist, a missing time zone. Returns null when the
/// text is fine, otherwise the end of a sentence that starts "published is '...', ".
/// </summary>
internal static partial class DateText
{
    public const string DateForm = "yyyy-mm-dd";
    public const string DateTimeForm = "yyyy-mm-ddThh:mm:ssZ";
    public const string DateTimeExample = "2025-03-14T09:30:00Z";

    public static string? ExplainDate(string text)
    {
        var match = IsoDate().Match(text);
        if (match.Success)
        {
            return ExplainDay(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value);
        }

        var british = DayFirstDate().Match(text);
        if (british.Success)
        {
            var day = british.Groups["day"].Value.PadLeft(2, '0');
            var month = british.Groups["month"].Value.PadLeft(2, '0');
            var year = british.Groups["year"].Value;
            var rewritten = $"{year}-{month}-{day}";
            return ExplainDay(year, month, day) is null
                ? $"but dates are written {DateForm} (year first); did you mean {rewritten}?"
                : $"but dates are written {DateForm} (year first)";
        }

        return $"which is not a date in the form {DateForm}";
    }

    public static string? ExplainDateTime(string text)
    {
        var match = IsoDateTime().Match(text);
        if (!match.Success)
        {
            if (IsoDate().IsMatch(text))
            {
                return $"a date without a time; it needs a date, a time and a time zone, e.g. {text}T09:30:00Z";
            }

            return NoZone().IsMatch(text)
                ? "which has no time zone: add Z for UTC (or an offset such as +01:00)"
                : $"which is not a date and time in the form {DateTimeForm}";
        }

        var dayProblem = ExplainDay(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value);
        if (dayProblem is not null)
        {
            return dayProblem;
        }

        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = Number(match, "second");
        if (hour > 23 || minute > 59 || second > 59)
        {
            return "which is not a real time of day: hours go up to 23, minutes and seconds up to 59";
        }

        var zone = match.Groups["zone"].Value;
        if (zone.Length > 1 && (Number(zone.AsSpan(1, 2)) > 23 || Number(zone.AsSpan(4, 2)) > 59))
        {
            return $"whose offset {zone} is not a real time zone offset";
        }

        return null;
    }

    private static string? ExplainDay(string yearText, string monthText, string dayText)
    {
        var year = Number(yearText);
        var month = Number(monthText);
        var day = Number(dayText);
        if (year < 1 || month is < 1 or > 12)
        {
            return $"which is not a real date: there is no month {monthText}";
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return $"which is not a real date: {monthName} {yearText} has {days} days";
        }

        return null;
    }

    private static int Number(Match match, string group) => Number(match.Groups[group].ValueSpan);

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})[/.-](?<month>[0-9]{1,2})[/.-](?<year>[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    [GeneratedRegex(
        @"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})[Tt](?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})(\.[0-9]+)?(?<zone>[Zz]|[+-][0-9]{2}:[0-9]{2})\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NoZone();
}
