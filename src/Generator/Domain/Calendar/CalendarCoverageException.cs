namespace SendSite.Domain.Calendar;

/// <summary>
/// Thrown when a date falls in a year the working-day calendar has no bank holidays for. Counting such a
/// year as if it had none would quietly move every deadline, so the calendar refuses instead. Callers that
/// can report a diagnostic check <see cref="WorkingDayCalendar.Covers"/> first.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    public CalendarCoverageException(int year, int firstYear, int lastYear)
        : base(Describe(year, firstYear, lastYear))
    {
        Year = year;
    }

    /// <summary>The year that is not covered.</summary>
    public int Year { get; }

    /// <summary>The message for a year outside the calendar; also used by callers that report a diagnostic.</summary>
    public static string Describe(int year, int firstYear, int lastYear) =>
        $"The working-day calendar has no bank holidays for {year} (it covers {firstYear} to {lastYear}). " +
        $"Add the England and Wales bank holidays for {year} to {EnglandAndWalesBankHolidays.DataFilePath}.";
}
