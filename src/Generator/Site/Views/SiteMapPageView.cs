namespace SendSite.Site.Views;

/// <summary>The model of sitemap.liquid: every public page of the site, grouped as people look for them.</summary>
public sealed record SiteMapPageView(
    IReadOnlyList<LinkView> MainPages,
    IReadOnlyList<SiteMapRegionView> Regions,
    IReadOnlyList<LinkView> ThematicReports,
    IReadOnlyList<LinkView> ContentPages,
    IReadOnlyList<LinkView> Data,
    IReadOnlyList<LinkView> Feeds);
