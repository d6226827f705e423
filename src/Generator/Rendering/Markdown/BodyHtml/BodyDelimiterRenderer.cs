using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A delimiter the parser did not pair (a lone [ or *), as the text typed. Takes every kind of delimiter:
/// whatever the kind, only its text and its children's are written.
/// </summary>
internal sealed class BodyDelimiterRenderer : HtmlObjectRenderer<DelimiterInline>
{
    protected override void Write(HtmlRenderer renderer, DelimiterInline delimiter)
    {
        HtmlText.Write(renderer, delimiter.ToLiteral());
        renderer.WriteChildren(delimiter);
    }
}
