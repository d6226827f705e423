using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// An area that no longer exists under its slug: renamed or merged into one successor, or split between
/// several. Its old addresses keep working; <see cref="Reports"/> and <see cref="Plans"/> are the published
/// ones written about it (former_area), wherever they now live.
/// </summary>
public sealed record FormerAreaModel(
    string Slug,
    string Name,
    DateOnly? Until,
    IReadOnlyList<AreaModel> Successors,
    IReadOnlyList<(AreaModel Area, Report Report)> Reports,
    IReadOnlyList<(AreaModel Area, Plan Plan)> Plans)
{
    public bool IsSplit => Successors.Count > 1;

    /// <summary>The first day of the successors: the day after the old area's last.</summary>
    public DateOnly? SplitOn => Until?.AddDays(1);
}
