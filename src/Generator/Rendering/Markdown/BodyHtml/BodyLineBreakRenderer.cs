using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A hard line break (a line ending in a backslash or two spaces) as br; a soft one as a line end. A break that
/// ends its container (link text, or a paragraph cut short by a table) is left out, as Markdig leaves it out.
/// </summary>
internal sealed class BodyLineBreakRenderer : BodyObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (renderer.IsLastInContainer)
        {
            return;
        }

        if (renderer.EnableHtmlForInline && lineBreak.IsHard)
        {
            renderer.WriteLine("<br>");
        }

        renderer.EnsureLine();
    }
}
