namespace SendSite.Views;

/// <summary>The model of home.liquid.</summary>
public sealed record HomePageView(
    IReadOnlyList<RegionView> Regions,
    IReadOnlyList<ReportSummaryView> LatestReports,
    IReadOnlyList<OutcomeCountView> OutcomeCounts,
    int AreaCount,
    int NotYetInspected);
