namespace SendSite.Tests.Calendar;

/// <summary>
/// The regular England and Wales bank holidays worked out from the rules, independently of the data file, so
/// the tests can check every year of it: the Banking and Financial Dealings Act 1971 (Easter Monday, last
/// Monday in May, last Monday in August, Boxing Day), the yearly royal proclamations (New Year's Day, first
/// Monday in May) and the common-law holidays (Good Friday, Christmas Day), with weekend days moved to the
/// next weekday that is not already a holiday. One-off changes are not rules; the tests list those.
/// </summary>
internal static class BankHolidayRules
{
    public static IReadOnlyList<(DateOnly Date, string Name)> RegularHolidays(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<(DateOnly Date, string Name)>
        {
            (easter.AddDays(-2), "Good Friday"),
            (easter.AddDays(1), "Easter Monday"),
            (FirstMonday(year, 5), "Early May bank holiday"),
            (LastMonday(year, 5), "Spring bank holiday"),
            (LastMonday(year, 8), "Summer bank holiday"),
        };

        var newYear = new DateOnly(year, 1, 1);
        holidays.Add(IsWeekend(newYear)
            ? (NextWeekday(newYear, new HashSet<DateOnly>()), "New Year's Day (substitute day)")
            : (newYear, "New Year's Day"));

        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);
        var christmasHolidays = new List<(DateOnly Date, string Name)>();
        foreach (var (day, name) in new[] { (christmas, "Christmas Day"), (boxingDay, "Boxing Day") })
        {
            if (!IsWeekend(day))
            {
                christmasHolidays.Add((day, name));
            }
        }

        // Substitutes go after the weekday holidays are placed: when Christmas is a Sunday, Boxing Day keeps
        // Monday 26 and Christmas moves to Tuesday 27.
        foreach (var (day, name) in new[] { (christmas, "Christmas Day"), (boxingDay, "Boxing Day") })
        {
            if (IsWeekend(day))
            {
                var taken = christmasHolidays.Select(holiday => holiday.Date).ToHashSet();
                christmasHolidays.Add((NextWeekday(boxingDay, taken), $"{name} (substitute day)"));
            }
        }

        holidays.AddRange(christmasHolidays);
        return [.. holidays.OrderBy(holiday => holiday.Date)];
    }

    /// <summary>Easter Sunday in the Gregorian calendar, by the anonymous (Meeus/Jones/Butcher) algorithm.</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NextWeekday(DateOnly after, IReadOnlySet<DateOnly> taken)
    {
        var date = after.AddDays(1);
        while (IsWeekend(date) || taken.Contains(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
