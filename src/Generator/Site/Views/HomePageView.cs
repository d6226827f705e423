namespace SendSite.Site.Views;

/// <summary>The model of home.liquid.</summary>
public sealed record HomePageView(
    IReadOnlyList<RegionView> Regions,
    IReadOnlyList<ReportSummaryView> LatestReports,
    IReadOnlyList<OutcomeCountView> OutcomeCounts,
    int AreaCount,
    int NotYetInspected)
{
    /// <summary>Links to runs of letters of the A to Z, so an area is a few key presses away without JavaScript.</summary>
    public IReadOnlyList<LinkView> LetterRuns { get; init; } = [];
}
