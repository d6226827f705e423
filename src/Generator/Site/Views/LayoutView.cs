namespace SendSite.Site.Views;

/// <summary>The model of layout.liquid: the site, the page's frame, its head metadata, and its already-rendered content.</summary>
public sealed record LayoutView(SiteView Site, PageView Page, HeadView Head, string Content);
