namespace SendSite.Domain.Calendar;

/// <summary>Where a priority action plan stands against its publication deadline.</summary>
public enum PlanStatusKind
{
    /// <summary>Not published yet, and the deadline has not passed.</summary>
    Due,

    /// <summary>Not published, and the deadline has passed.</summary>
    Overdue,

    /// <summary>Published on or before the deadline.</summary>
    PublishedOnTime,

    /// <summary>Published after the deadline.</summary>
    PublishedLate,
}
