using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>
/// Keeps Markdig recognising raw HTML (so <see cref="RawHtmlCheck"/> can name the tag and its line) while
/// making sure it is only ever written out as escaped text. Markdig's DisableHtml() would also stop HTML being
/// emitted, but it stops the parser seeing HTML at all, so authors could not be told where their HTML is.
/// Bodies are written by BodyHtml's renderer, which has these renderers of its own; this keeps any other
/// rendering with the site's pipeline (Markdig's ToHtml) from ever writing raw HTML either.
/// </summary>
internal sealed class EscapeRawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer htmlRenderer)
        {
            htmlRenderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            htmlRenderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }
    }
}
