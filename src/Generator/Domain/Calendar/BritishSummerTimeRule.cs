namespace SendSite.Domain.Calendar;

/// <summary>
/// UK clock time by the rule of the Summer Time Order 2002 (the EU rule): British Summer Time, UTC+1, from
/// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October; UTC the rest of the
/// year. Used only where the machine has no time zone data for Europe/London; the rule has been the same
/// since 1981 and so is right for every date this site shows.
/// </summary>
internal static class BritishSummerTimeRule
{
    private static readonly TimeSpan ChangeTimeUtc = TimeSpan.FromHours(1);

    private static readonly TimeSpan SummerOffset = TimeSpan.FromHours(1);

    public static bool IsInEffect(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var starts = LastSunday(utc.Year, 3).ToDateTime(TimeOnly.MinValue) + ChangeTimeUtc;
        var ends = LastSunday(utc.Year, 10).ToDateTime(TimeOnly.MinValue) + ChangeTimeUtc;
        return utc >= starts && utc < ends;
    }

    /// <summary>The UK wall-clock time at <paramref name="instant"/>.</summary>
    public static DateTime ToUkTime(DateTimeOffset instant) =>
        DateTime.SpecifyKind(instant.UtcDateTime + (IsInEffect(instant) ? SummerOffset : TimeSpan.Zero), DateTimeKind.Unspecified);

    private static DateOnly LastSunday(int year, int month)
    {
        var lastDay = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return lastDay.AddDays(-(int)lastDay.DayOfWeek);
    }
}
