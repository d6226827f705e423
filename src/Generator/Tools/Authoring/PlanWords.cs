namespace SendSite.Tools.Authoring;

/// <summary>
/// The author's own words and choices for a plan, put where `new plan` puts "TO DO:" (used by `plan from-issue`).
/// <see cref="Summary"/> and <see cref="Submitted"/> are left out of the file when null, as an author would delete
/// those lines. <see cref="Priorities"/> are the sections in order: for a priority action plan answering a report
/// with recorded priority actions, one per action with no heading of its own.
/// </summary>
public sealed record PlanWords(
    string Title,
    string? Summary,
    DateOnly? Submitted,
    bool Approved,
    IReadOnlyList<PlanSection> Priorities,
    string Families);
