namespace SendSite.Site.Views;

/// <summary>The model of page.liquid.</summary>
public sealed record ContentPageView(string Title, string? Description, IReadOnlyList<ContentsItemView> Contents, string BodyHtml)
{
    /// <summary>The site's GitHub links, on a page that asks for them (repository_links: true); otherwise null.</summary>
    public RepositoryLinksView? RepositoryLinks { get; init; }
}
