using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>A block quote (GOV.UK Frontend has no class for one; the site's stylesheet styles it).</summary>
internal sealed class BodyQuoteRenderer : BodyObjectRenderer<QuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<blockquote>");
        var wasImplicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(quote);
        renderer.ImplicitParagraph = wasImplicitParagraph;
        renderer.WriteLine("</blockquote>");
        renderer.EnsureLine();
    }
}
