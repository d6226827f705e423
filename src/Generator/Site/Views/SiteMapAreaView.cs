namespace SendSite.Site.Views;

/// <summary>An area in the site map: its page, and its reports and plans (newest first).</summary>
public sealed record SiteMapAreaView(LinkView Area, IReadOnlyList<LinkView> Reports, IReadOnlyList<LinkView> Plans);
