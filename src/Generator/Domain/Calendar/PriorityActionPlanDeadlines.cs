using System.Diagnostics.CodeAnalysis;

namespace SendSite.Domain.Calendar;

/// <summary>
/// When a priority action plan is due, after a full inspection that found widespread and/or systemic
/// failings: submitted to Ofsted and CQC within 35 working days of the partnership receiving the report, and
/// published within 70. The site does not know the day the report was received, so callers pass the report's
/// publication date, which is the latest it can have been.
/// </summary>
public sealed record PriorityActionPlanDeadlines(DateOnly ReportReceived, DateOnly SubmitBy, DateOnly PublishBy)
{
    public const int WorkingDaysToSubmit = 35;

    public const int WorkingDaysToPublish = 70;

    /// <summary>The deadlines counted from the day the report was received; that day itself is day 0.</summary>
    /// <exception cref="CalendarCoverageException">When the deadlines run into a year the calendar does not cover.</exception>
    public static PriorityActionPlanDeadlines From(DateOnly reportReceived, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new PriorityActionPlanDeadlines(
            reportReceived,
            calendar.AddWorkingDays(reportReceived, WorkingDaysToSubmit),
            calendar.AddWorkingDays(reportReceived, WorkingDaysToPublish));
    }

    /// <summary>
    /// <see cref="From"/> for callers that report a diagnostic instead of throwing: false when a deadline falls
    /// in a year the calendar does not cover.
    /// </summary>
    public static bool TryFrom(DateOnly reportReceived, WorkingDayCalendar calendar, [NotNullWhen(true)] out PriorityActionPlanDeadlines? deadlines)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        deadlines = null;
        if (!calendar.TryAddWorkingDays(reportReceived, WorkingDaysToSubmit, out var submitBy)
            || !calendar.TryAddWorkingDays(reportReceived, WorkingDaysToPublish, out var publishBy))
        {
            return false;
        }

        deadlines = new PriorityActionPlanDeadlines(reportReceived, submitBy, publishBy);
        return true;
    }
}
