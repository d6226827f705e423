using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class PriorityActionPlanDeadlinesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void Counts_35_and_70_working_days_over_easter_and_may()
    {
        // By hand, from Monday 3 March 2025. Each Tuesday-to-Monday week holds 5 working days, so 7 weeks
        // reach Monday 21 April for 35; Good Friday (18 April) and Easter Monday (21 April) fall inside, so
        // two more: Tuesday 22, Wednesday 23 April.
        // For 70: 14 weeks reach Monday 9 June; Good Friday, Easter Monday, 5 May and 26 May fall inside, so
        // four more: Tuesday 10 to Friday 13 June.
        var deadlines = PriorityActionPlanDeadlines.From(new DateOnly(2025, 3, 3), Calendar);

        Assert.Equal(new DateOnly(2025, 4, 23), deadlines.SubmitBy);
        Assert.Equal(new DateOnly(2025, 6, 13), deadlines.PublishBy);
    }

    [Fact]
    public void Counts_35_and_70_working_days_over_christmas_and_new_year()
    {
        // By hand, from Friday 14 November 2025. Each Saturday-to-Friday week holds 5 working days, so 7 weeks
        // reach Friday 2 January 2026; 25 and 26 December and 1 January fall inside, so three more: Monday 5,
        // Tuesday 6, Wednesday 7 January. For 70, 14 weeks reach Friday 20 February, plus the same three:
        // Wednesday 25 February 2026.
        var deadlines = PriorityActionPlanDeadlines.From(new DateOnly(2025, 11, 14), Calendar);

        Assert.Equal(new DateOnly(2026, 1, 7), deadlines.SubmitBy);
        Assert.Equal(new DateOnly(2026, 2, 25), deadlines.PublishBy);
    }

    [Fact]
    public void Keeps_the_day_the_report_was_received()
    {
        var received = new DateOnly(2024, 7, 10);

        Assert.Equal(received, PriorityActionPlanDeadlines.From(received, Calendar).ReportReceived);
    }

    [Fact]
    public void Deadlines_are_exactly_35_and_70_working_days_later()
    {
        var received = new DateOnly(2023, 4, 20);
        var deadlines = PriorityActionPlanDeadlines.From(received, Calendar);

        Assert.Equal(PriorityActionPlanDeadlines.WorkingDaysToSubmit, Calendar.WorkingDaysBetween(received, deadlines.SubmitBy));
        Assert.Equal(PriorityActionPlanDeadlines.WorkingDaysToPublish, Calendar.WorkingDaysBetween(received, deadlines.PublishBy));
        Assert.True(Calendar.IsWorkingDay(deadlines.SubmitBy));
        Assert.True(Calendar.IsWorkingDay(deadlines.PublishBy));
    }

    [Fact]
    public void A_report_near_the_end_of_the_calendar_cannot_be_given_deadlines_silently()
    {
        var received = new DateOnly(2030, 11, 1);

        Assert.Throws<CalendarCoverageException>(() => PriorityActionPlanDeadlines.From(received, Calendar));
        Assert.False(PriorityActionPlanDeadlines.TryFrom(received, Calendar, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Try_from_gives_the_same_deadlines_when_the_calendar_covers_them()
    {
        var received = new DateOnly(2030, 6, 3);

        Assert.True(PriorityActionPlanDeadlines.TryFrom(received, Calendar, out var deadlines));
        Assert.Equal(PriorityActionPlanDeadlines.From(received, Calendar), deadlines);
    }
}
