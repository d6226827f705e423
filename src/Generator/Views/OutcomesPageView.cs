namespace SendSite.Views;

/// <summary>The model of outcomes.liquid: the chart and table of outcomes by region, and every area's current outcome.</summary>
public sealed record OutcomesPageView(OutcomeChartView Chart, IReadOnlyList<AreaSummaryView> Areas);
