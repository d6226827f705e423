using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>Shows an inline HTML tag as the text the author typed, never as HTML; comments are left out.</summary>
internal sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (!RawHtmlText.IsComment(inline.Tag))
        {
            renderer.WriteEscape(inline.Tag);
        }
    }
}
