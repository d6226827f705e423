using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class PlanStatusTests
{
    // Received Monday 3 March 2025: publish by Friday 13 June 2025 (worked out in PriorityActionPlanDeadlinesTests).
    private static readonly PriorityActionPlanDeadlines Deadlines =
        PriorityActionPlanDeadlines.From(new DateOnly(2025, 3, 3), WorkingDayCalendar.EnglandAndWales);

    [Fact]
    public void Not_published_before_the_deadline_is_due_with_days_left()
    {
        var status = PlanStatus.For(Deadlines, publishedOn: null, today: new DateOnly(2025, 6, 1));

        Assert.Equal(PlanStatusKind.Due, status.Kind);
        Assert.Equal(new DateOnly(2025, 6, 13), status.DueBy);
        Assert.Equal(12, status.DaysLeft);
        Assert.Null(status.OverdueSince);
        Assert.False(status.IsPublished);
        Assert.Equal("Due by 13 June 2025", status.Headline);
    }

    [Fact]
    public void On_the_deadline_itself_it_is_still_due()
    {
        var status = PlanStatus.For(Deadlines, publishedOn: null, today: new DateOnly(2025, 6, 13));

        Assert.Equal(PlanStatusKind.Due, status.Kind);
        Assert.Equal(0, status.DaysLeft);
    }

    [Fact]
    public void Not_published_after_the_deadline_is_overdue_since_the_next_day()
    {
        var status = PlanStatus.For(Deadlines, publishedOn: null, today: new DateOnly(2025, 6, 14));

        Assert.Equal(PlanStatusKind.Overdue, status.Kind);
        Assert.Equal(new DateOnly(2025, 6, 14), status.OverdueSince);
        Assert.Null(status.DaysLeft);
        Assert.Equal("Overdue: due by 13 June 2025", status.Headline);
    }

    [Fact]
    public void Published_by_the_deadline_is_on_time_whatever_today_is()
    {
        var status = PlanStatus.For(Deadlines, publishedOn: new DateOnly(2025, 6, 13), today: new DateOnly(2026, 1, 1));

        Assert.Equal(PlanStatusKind.PublishedOnTime, status.Kind);
        Assert.Equal(new DateOnly(2025, 6, 13), status.PublishedOn);
        Assert.True(status.IsPublished);
        Assert.Equal("Published on 13 June 2025 (due by 13 June 2025)", status.Headline);
    }

    [Fact]
    public void Published_after_the_deadline_is_late()
    {
        var status = PlanStatus.For(Deadlines, publishedOn: new DateOnly(2025, 7, 1), today: new DateOnly(2025, 7, 2));

        Assert.Equal(PlanStatusKind.PublishedLate, status.Kind);
        Assert.Null(status.OverdueSince);
        Assert.Equal("Published late on 1 July 2025 (due by 13 June 2025)", status.Headline);
    }
}
