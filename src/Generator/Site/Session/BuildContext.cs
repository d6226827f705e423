using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Templates;
using SendSite.Site.Search;
using SendSite.Site.Views;

namespace SendSite.Site.Session;

/// <summary>
/// What every pipeline shares during one build: the published site, the engines (built once, thread-safe)
/// and the Markdown bodies, rendered (and checked) when a page needs one.
/// </summary>
public sealed record BuildContext(
    SiteModel Site,
    TemplateRenderer Templates,
    ThemeAssets Assets,
    MarkdownBodies Bodies)
{
    /// <summary>The site-wide part of every page, built once.</summary>
    public SiteView SiteView { get; } = SiteViews.Of(Site);

    /// <summary>The image files the pages made so far show (a context made narrower with <c>with</c> shares it).</summary>
    public ShownImages Images { get; } = new();

    /// <summary>
    /// A body as safe HTML for the page at <paramref name="pageUrl"/>, read from its file and rendered now (its
    /// problems go to the build's diagnostics); its image files' addresses are relative to that page, and the files
    /// are added to <see cref="Images"/>, to be published with it. Call it inside a document's deferred text
    /// (<see cref="Document.Deferred"/>), so the body's HTML lives only as long as its page is being written.
    /// </summary>
    public RenderedMarkdown RenderMarkdown(MarkdownBody source, string pageUrl)
    {
        var rendered = Bodies.Render(source);
        Images.Add(rendered.Images);
        return rendered.ForPage(pageUrl);
    }

    /// <summary>The most pages one part of the search index holds (the search page names the parts).</summary>
    public int SearchShardPages { get; init; } = SearchShardPlanner.DefaultPagesPerShard;

    /// <summary>The absolute address of a page of the site, as feeds, downloads and citations give it.</summary>
    public string CanonicalUrl(string url) => new Uri(Site.Settings.BaseUrl, url.TrimStart('/')).AbsoluteUri;
}
