using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>A hard line break (a line ending in a backslash or two spaces) as br; a soft one as a line end.</summary>
internal sealed class BodyLineBreakRenderer : BodyObjectRenderer<LineBreakInline>
{
    protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (renderer.EnableHtmlForInline && lineBreak.IsHard)
        {
            renderer.WriteLine("<br>");
        }

        renderer.EnsureLine();
    }
}
