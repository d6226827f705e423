namespace SendSite.Domain.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday except bank holidays. It knows bank holidays only for
/// <see cref="FirstYear"/> to <see cref="LastYear"/>; any question about a date outside those years throws
/// <see cref="CalendarCoverageException"/> rather than guessing that the date is an ordinary day.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> englandAndWales = new(LoadEnglandAndWales);

    private readonly HashSet<DateOnly> bankHolidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"The last year ({lastYear}) is before the first year ({firstYear}).", nameof(lastYear));
        }

        FirstYear = firstYear;
        LastYear = lastYear;
        this.bankHolidays = [.. bankHolidays];

        var outside = this.bankHolidays.Where(date => !Covers(date)).Order().Cast<DateOnly?>().FirstOrDefault();
        if (outside is { } date)
        {
            throw new ArgumentException($"The bank holiday {date:yyyy-MM-dd} is outside the years covered ({firstYear} to {lastYear}).", nameof(bankHolidays));
        }
    }

    /// <summary>England and Wales, from the bank holidays embedded in the program; loaded once.</summary>
    public static WorkingDayCalendar EnglandAndWales => englandAndWales.Value;

    public int FirstYear { get; }

    public int LastYear { get; }

    /// <summary>Whether the calendar knows the bank holidays of the date's year.</summary>
    public bool Covers(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear;

    public bool IsBankHoliday(DateOnly date)
    {
        EnsureCovered(date);
        return bankHolidays.Contains(date);
    }

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(date);
    }

    /// <summary>
    /// The date that is <paramref name="days"/> working days after <paramref name="start"/>; the start itself is
    /// not counted, so one working day after a Friday is the Monday (or Tuesday, if Monday is a bank holiday).
    /// A negative number counts backwards; zero returns the start unchanged.
    /// </summary>
    /// <exception cref="CalendarCoverageException">When the count runs into a year the calendar does not cover.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days) =>
        TryAddWorkingDays(start, days, out var result)
            ? result
            : throw new CalendarCoverageException(result.Year, FirstYear, LastYear);

    /// <summary>
    /// <see cref="AddWorkingDays"/> for callers that report a diagnostic instead of throwing: false when the
    /// count runs into a year the calendar does not cover, and then <paramref name="result"/> is the first
    /// date it could not classify.
    /// </summary>
    public bool TryAddWorkingDays(DateOnly start, int days, out DateOnly result)
    {
        var step = days < 0 ? -1 : 1;
        var remaining = Math.Abs(days);
        result = start;
        while (remaining > 0)
        {
            result = result.AddDays(step);
            if (!Covers(result))
            {
                return false;
            }

            if (IsWorkingDay(result))
            {
                remaining--;
            }
        }

        return true;
    }

    /// <summary>
    /// How many working days are passed on the way from <paramref name="from"/> to <paramref name="to"/>, counting
    /// <paramref name="to"/> but not <paramref name="from"/>: the inverse of <see cref="AddWorkingDays"/>, so
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. Negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var step = to < from ? -1 : 1;
        var count = 0;
        for (var date = from; date != to;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                count += step;
            }
        }

        return count;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (!Covers(date))
        {
            throw new CalendarCoverageException(date.Year, FirstYear, LastYear);
        }
    }

    private static WorkingDayCalendar LoadEnglandAndWales()
    {
        var schedule = EnglandAndWalesBankHolidays.Load();
        return new WorkingDayCalendar(schedule.Holidays.Select(holiday => holiday.Date), schedule.FirstYear, schedule.LastYear);
    }
}
