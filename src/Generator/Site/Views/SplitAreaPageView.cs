namespace SendSite.Site.Views;

/// <summary>The model of split-area.liquid: an area that was split, the areas it became, and what was published about it.</summary>
public sealed record SplitAreaPageView(
    string Name,
    string? SplitOnText,
    string? SplitOnIso,
    IReadOnlyList<LinkView> Successors,
    IReadOnlyList<ReportSummaryView> Reports,
    IReadOnlyList<PlanSummaryView> Plans)
{
    public string ReportsHeading => $"Reports about {Name}";

    public string PlansHeading => $"Plans of {Name}";
}
