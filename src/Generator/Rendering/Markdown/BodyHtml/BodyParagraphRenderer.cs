using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>A paragraph in GOV.UK Frontend's body style; tight list items and table cells write only their words.</summary>
internal sealed class BodyParagraphRenderer : BodyObjectRenderer<ParagraphBlock>
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (!renderer.ImplicitParagraph)
        {
            if (!renderer.IsFirstInContainer)
            {
                renderer.EnsureLine();
            }

            renderer.Write("<p class=\"").Write(GovukClasses.Body).Write("\">");
        }

        renderer.WriteLeafInline(paragraph);
        if (!renderer.ImplicitParagraph)
        {
            renderer.WriteLine("</p>");
            renderer.EnsureLine();
        }
    }
}
