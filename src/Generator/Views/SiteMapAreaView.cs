namespace SendSite.Views;

/// <summary>An area in the site map: its page, its reports and plans (newest first) and its Atom feed.</summary>
public sealed record SiteMapAreaView(LinkView Area, IReadOnlyList<LinkView> Reports, IReadOnlyList<LinkView> Plans, LinkView Feed);
