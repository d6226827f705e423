namespace SendSite.Site.Views;

/// <summary>A region in the site map, with its areas A to Z.</summary>
public sealed record SiteMapRegionView(string Name, string Anchor, IReadOnlyList<SiteMapAreaView> Areas);
