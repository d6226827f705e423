using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using SendSite.Rendering.Markdown.BodyHtml;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>Shows an inline HTML tag as the text the author typed, never as HTML; comments are left out.</summary>
internal sealed class EscapedHtmlInlineRenderer : BodyObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (!RawHtmlText.IsComment(inline.Tag))
        {
            HtmlText.Write(renderer, inline.Tag);
        }
    }
}
