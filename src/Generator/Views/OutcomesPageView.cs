namespace SendSite.Views;

/// <summary>The model of outcomes.liquid: every area's current outcome, with the totals.</summary>
public sealed record OutcomesPageView(IReadOnlyList<OutcomeCountView> Counts, IReadOnlyList<AreaSummaryView> Areas, int NotYetInspected);
