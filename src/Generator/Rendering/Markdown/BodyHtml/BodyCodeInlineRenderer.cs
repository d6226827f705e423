using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>Code in a line of text (`like this`), as escaped text.</summary>
internal sealed class BodyCodeInlineRenderer : BodyObjectRenderer<CodeInline>
{
    protected override void Write(HtmlRenderer renderer, CodeInline code)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<code>");
        }

        HtmlText.Write(renderer, code.Content);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</code>");
        }
    }
}
