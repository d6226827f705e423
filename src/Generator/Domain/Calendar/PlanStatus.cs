namespace SendSite.Domain.Calendar;

/// <summary>
/// A priority action plan's status on a given day, measured against its publication deadline
/// (<see cref="PriorityActionPlanDeadlines.PublishBy"/>): the deadline is public, the submission to the
/// inspectorates is not something readers can check.
/// </summary>
public sealed record PlanStatus
{
    private PlanStatus(PlanStatusKind kind, DateOnly dueBy, DateOnly? publishedOn, int? daysLeft)
    {
        Kind = kind;
        DueBy = dueBy;
        PublishedOn = publishedOn;
        DaysLeft = daysLeft;
    }

    public PlanStatusKind Kind { get; }

    /// <summary>The publication deadline.</summary>
    public DateOnly DueBy { get; }

    /// <summary>The day the plan was published; null until it is.</summary>
    public DateOnly? PublishedOn { get; }

    /// <summary>Calendar days from today to the deadline while <see cref="PlanStatusKind.Due"/> (0 on the day itself); otherwise null.</summary>
    public int? DaysLeft { get; }

    /// <summary>The first day the plan was overdue, while it is <see cref="PlanStatusKind.Overdue"/>; otherwise null.</summary>
    public DateOnly? OverdueSince => Kind == PlanStatusKind.Overdue ? DueBy.AddDays(1) : null;

    public bool IsPublished => PublishedOn is not null;

    /// <summary>
    /// One line for people: "Due by 12 March 2027", "Overdue: due by 1 December 2025",
    /// "Published on 3 March 2027 (due by 12 March 2027)", "Published late on 20 March 2027 (due by 12 March 2027)".
    /// </summary>
    public string Headline => Kind switch
    {
        PlanStatusKind.Due => $"Due by {DisplayDates.Long(DueBy)}",
        PlanStatusKind.Overdue => $"Overdue: due by {DisplayDates.Long(DueBy)}",
        PlanStatusKind.PublishedOnTime => $"Published on {DisplayDates.Long(PublishedOn!.Value)} (due by {DisplayDates.Long(DueBy)})",
        PlanStatusKind.PublishedLate => $"Published late on {DisplayDates.Long(PublishedOn!.Value)} (due by {DisplayDates.Long(DueBy)})",
        _ => throw new InvalidOperationException($"Unknown plan status {Kind}."),
    };

    /// <summary>The status of a plan that must be published by <paramref name="deadlines"/>.PublishBy, as of <paramref name="today"/>.</summary>
    public static PlanStatus For(PriorityActionPlanDeadlines deadlines, DateOnly? publishedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var dueBy = deadlines.PublishBy;
        return publishedOn switch
        {
            { } published when published <= dueBy => new PlanStatus(PlanStatusKind.PublishedOnTime, dueBy, published, null),
            { } published => new PlanStatus(PlanStatusKind.PublishedLate, dueBy, published, null),
            null when today <= dueBy => new PlanStatus(PlanStatusKind.Due, dueBy, null, dueBy.DayNumber - today.DayNumber),
            null => new PlanStatus(PlanStatusKind.Overdue, dueBy, null, null),
        };
    }
}
