namespace SendSite.Site.Views;

/// <summary>The model of area.liquid.</summary>
public sealed record AreaPageView(
    string Name,
    string? OfficialName,
    string Code,
    string Region,
    string Council,
    string Icb,
    IReadOnlyList<string> FormerNames,
    OutcomeView? Outcome,
    ReportSummaryView? LatestFull,
    IReadOnlyList<FindingView> LatestMonitoringFindings,
    ReportSummaryView? LatestMonitoring,
    PlanStatusView? PriorityActionPlan,
    PlanSummaryView? StrategicPlan,
    string? NextInspection,
    IReadOnlyList<TimelineEntryView> Timeline,
    IReadOnlyList<ThematicSummaryView> ThematicReports)
{
    /// <summary>Sentences about the areas this one was split from, e.g. "Formed on 1 April 2025, when Old Harrowdene County was split."</summary>
    public IReadOnlyList<LinkView> SplitFrom { get; init; } = [];

    /// <summary>Areas this one was part of before a split, when the old area has no page of its own here.</summary>
    public IReadOnlyList<string> PartOf { get; init; } = [];

    /// <summary>Its inspections under the 2016-2022 framework (earlier-inspections.liquid), oldest first.</summary>
    public IReadOnlyList<EarlierInspectionView> EarlierInspections { get; init; } = [];

    /// <summary>What search records about the 2016-2022 history, the one part of an area page it indexes; null when there is none.</summary>
    public SearchTagsView? EarlierSearch { get; init; }

    /// <summary>The area's own page on Ofsted's website, when known.</summary>
    public string? OfstedPageUrl { get; init; }
    /// <summary>The summary and "On this page" list at the top of the page.</summary>
    public AreaGlanceView? Glance { get; init; }
}
