namespace SendSite.Domain.Calendar;

/// <summary>
/// Converts instants (stored in UTC, like a report's embargo) to the time on UK clocks, which is what people
/// read. Uses the machine's Europe/London time zone data, and falls back to <see cref="BritishSummerTimeRule"/>
/// where there is none (a minimal container), so a missing package never shifts a time by an hour silently.
/// </summary>
public static class UkTime
{
    public const string TimeZoneId = "Europe/London";

    private static readonly TimeZoneInfo? london = FindLondon();

    /// <summary>Whether the machine's time zone data is used (true) or the built-in summer time rule (false).</summary>
    public static bool UsesTimeZoneData => london is not null;

    /// <summary>The UK wall-clock time at <paramref name="instant"/>, with <see cref="DateTimeKind.Unspecified"/>.</summary>
    public static DateTime ToUkTime(DateTimeOffset instant) =>
        london is null
            ? BritishSummerTimeRule.ToUkTime(instant)
            : DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, london).DateTime, DateTimeKind.Unspecified);

    private static TimeZoneInfo? FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
