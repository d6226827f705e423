using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>A horizontal rule, as GOV.UK Frontend's visible section break.</summary>
internal sealed class BodyThematicBreakRenderer : BodyObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, ThematicBreakBlock block) =>
        renderer.Write("<hr class=\"").Write(GovukClasses.SectionBreak).WriteLine("\">");
}
