using SendSite.Rendering.Charts;

namespace SendSite.Site.Views;

/// <summary>
/// The outcomes-by-region chart (SVG made at build time) and the numbers it draws, which the table beside it
/// shows as well: both come from this one record.
/// </summary>
public sealed record OutcomeChartView(
    string Svg,
    IReadOnlyList<ChartCategoryView> Categories,
    IReadOnlyList<RegionOutcomesView> Regions,
    RegionOutcomesView AllRegions);
