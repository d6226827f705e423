using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>Words, escaped.</summary>
internal sealed class BodyLiteralRenderer : BodyObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal) =>
        HtmlText.Write(renderer, literal.Content.Text, literal.Content.Start, literal.Content.Length);
}
