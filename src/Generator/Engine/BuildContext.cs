using SendSite.Content;
using SendSite.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Templates;
using SendSite.Views;

namespace SendSite.Engine;

/// <summary>
/// What every pipeline shares during one build: the published site, the engines (built once, thread-safe)
/// and the Markdown bodies, rendered and checked before the build began.
/// </summary>
public sealed record BuildContext(
    SiteModel Site,
    TemplateRenderer Templates,
    ThemeAssets Assets,
    IReadOnlyDictionary<string, RenderedMarkdown> Bodies)
{
    /// <summary>The site-wide part of every page, built once.</summary>
    public SiteView SiteView { get; } = SiteViews.Of(Site);

    /// <summary>A body rendered (and checked) when the content was validated.</summary>
    public RenderedMarkdown RenderMarkdown(MarkdownBody source) => Bodies[source.File];
}
