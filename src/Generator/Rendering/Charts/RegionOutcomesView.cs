namespace SendSite.Rendering.Charts;

/// <summary>
/// One region's row of the outcomes chart and table: how many areas have each outcome as their latest,
/// in the order of <see cref="OutcomeChartView.Categories"/>, and how many areas the region has.
/// </summary>
public sealed record RegionOutcomesView(string Region, IReadOnlyList<int> Counts, int Total);
