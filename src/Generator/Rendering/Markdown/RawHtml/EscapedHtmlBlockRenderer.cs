using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>
/// Shows a raw HTML block as the text the author typed, never as HTML; comments are notes for reviewers and
/// are left out. Replaces Markdig's renderer, which would copy the HTML into the page.
/// </summary>
internal sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteLeafRawLines(block, writeEndOfLines: false, escape: true);
        renderer.WriteLine("</p>");
    }
}
