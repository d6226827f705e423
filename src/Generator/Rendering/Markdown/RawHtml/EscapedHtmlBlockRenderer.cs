using Markdig.Renderers;
using Markdig.Syntax;
using SendSite.Rendering.Markdown.BodyHtml;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>
/// Shows a raw HTML block as the text the author typed, in a paragraph, never as HTML; comments are notes for
/// reviewers and are left out. Markdig still recognises raw HTML (rather than DisableHtml(), which would hide
/// it from the parser) so <see cref="RawHtmlCheck"/> can tell the author where it is.
/// </summary>
internal sealed class EscapedHtmlBlockRenderer : BodyObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p class=\"").Write(GovukClasses.Body).Write("\">");
        BodyLines.Write(renderer, block, lineBetween: true);
        renderer.WriteLine("</p>");
    }
}
