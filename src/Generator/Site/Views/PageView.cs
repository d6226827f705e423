namespace SendSite.Site.Views;

/// <summary>
/// The frame around a page's own content: title, where it is (breadcrumbs, current section), and the
/// canonical address. <see cref="Template"/> goes on body[data-template] so the gate can sample each template.
/// <see cref="FeedUrl"/> is the page's own Atom feed (an area's), advertised in the head beside the site's.
/// <see cref="Search"/> is set only on pages the full-text search indexes (reports and plans).
/// </summary>
public sealed record PageView(
    string Title,
    string Template,
    string Url,
    string CanonicalUrl,
    string? Description,
    string Section,
    IReadOnlyList<LinkView> Breadcrumbs,
    string? FeedUrl = null,
    SearchTagsView? Search = null)
{
    /// <summary>The area a page belongs to, named in its document title ("Page – Area – Site").</summary>
    public string? AreaName { get; init; }

    /// <summary>The page's part of the document title when it differs from its heading (to keep titles unique).</summary>
    public string? HeadTitle { get; init; }

    /// <summary>Open Graph's og:type: "article" for reports and plans, "website" otherwise.</summary>
    public string OpenGraphType { get; init; } = "website";
}
