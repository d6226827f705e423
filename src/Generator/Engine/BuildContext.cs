using SendSite.Content;
using SendSite.Diagnostics;
using SendSite.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Templates;
using SendSite.Views;

namespace SendSite.Engine;

/// <summary>
/// What every pipeline shares during one build: the published site, the engines (built once, thread-safe)
/// and the bag where rendering problems are reported.
/// </summary>
public sealed record BuildContext(
    SiteModel Site,
    TemplateRenderer Templates,
    MarkdownRenderer Markdown,
    ThemeAssets Assets,
    DiagnosticBag Diagnostics)
{
    /// <summary>The site-wide part of every page, built once.</summary>
    public SiteView SiteView { get; } = SiteViews.Of(Site);

    /// <summary>Renders a Markdown body safely and reports what was unsafe or wrong in it against its file and line.</summary>
    public RenderedMarkdown RenderMarkdown(MarkdownSource source)
    {
        var rendered = Markdown.Render(source.Text, source.File, source.FirstLine);
        Diagnostics.AddRange(rendered.Diagnostics);
        return rendered;
    }
}
