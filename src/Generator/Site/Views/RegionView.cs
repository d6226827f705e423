namespace SendSite.Site.Views;

/// <summary>A region's heading, its anchor, and its areas in A to Z order.</summary>
public sealed record RegionView(string Name, string Anchor, IReadOnlyList<AreaSummaryView> Areas);
