namespace SendSite.Site.Views;

/// <summary>The model of outcomes.liquid: the chart and table of outcomes by region, and every area's current outcome.</summary>
public sealed record OutcomesPageView(OutcomeChartView Chart, IReadOnlyList<AreaSummaryView> Areas)
{
    /// <summary>The 2016-2022 framework's inspections, for their own table: never counted in the chart or the outcome columns.</summary>
    public IReadOnlyList<EarlierOutcomeRowView> EarlierInspections { get; init; } = [];
}
