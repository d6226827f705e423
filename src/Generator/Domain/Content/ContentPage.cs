namespace SendSite.Domain.Content;

/// <summary>A content page from input/pages/&lt;slug&gt;.md: about, accessibility statement, guides.</summary>
public sealed record ContentPage(
    string Slug,
    string Title,
    string? Description,
    bool InFooter,
    int Order,
    MarkdownBody Body,
    SourceMap Source)
{
    /// <summary>front matter's repository_links: the page shows the links to the site's GitHub project (the guide for local areas).</summary>
    public bool ShowsRepositoryLinks { get; init; }
}
