using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// The site as it is published at <see cref="Now"/>: only approved content past its embargo is here, so
/// nothing downstream can leak a draft or an embargoed report by mistake.
/// </summary>
public sealed record SiteModel(
    SiteSettings Settings,
    DateTimeOffset Now,
    IReadOnlyList<AreaModel> Areas,
    IReadOnlyList<ContentPage> Pages)
{
    /// <summary>Areas renamed, merged or split away, by former slug (ordinal order).</summary>
    public IReadOnlyList<FormerAreaModel> FormerAreas { get; init; } = [];

    /// <summary>Published national thematic reports, newest first.</summary>
    public IReadOnlyList<ThematicReport> ThematicReports { get; init; } = [];

    /// <summary>Published inspections under the 2016-2022 framework, one per area as inspected, in code order.</summary>
    public IReadOnlyList<EarlierInspectionModel> EarlierInspections { get; init; } = [];

    /// <summary>The published thematic reports that visited an area, newest first.</summary>
    public IEnumerable<ThematicReport> ThematicReportsVisiting(string areaSlug) =>
        ThematicReports.Where(t => t.AreasVisited.Any(v => v.Slug == areaSlug));

    public IEnumerable<(AreaModel Area, Report Report)> Reports =>
        Areas.SelectMany(a => a.Reports.Select(r => (a, r)));

    public IEnumerable<(AreaModel Area, Plan Plan)> Plans =>
        Areas.SelectMany(a => a.Plans.Select(p => (a, p)));
}
