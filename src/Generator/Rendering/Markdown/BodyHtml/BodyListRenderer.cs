using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A bulleted or numbered list in GOV.UK Frontend's list style. A numbered list keeps the number it starts at;
/// the list marker's style is GOV.UK Frontend's, so no type attribute is written.
/// </summary>
internal sealed class BodyListRenderer : BodyObjectRenderer<ListBlock>
{
    private const string FirstNumber = "1";

    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        renderer.EnsureLine();
        if (list.IsOrdered)
        {
            renderer.Write("<ol");
            if (list.OrderedStart is { } start && start != FirstNumber)
            {
                HtmlText.WriteAttribute(renderer, "start", start);
            }

            renderer.Write(" class=\"").Write(GovukClasses.NumberedList).WriteLine("\">");
        }
        else
        {
            renderer.Write("<ul class=\"").Write(GovukClasses.BulletList).WriteLine("\">");
        }

        foreach (var block in list)
        {
            var item = (ListItemBlock)block;
            var wasImplicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = !list.IsLoose;
            renderer.EnsureLine();
            renderer.Write("<li>");
            renderer.WriteChildren(item);
            renderer.WriteLine("</li>");
            renderer.EnsureLine();
            renderer.ImplicitParagraph = wasImplicitParagraph;
        }

        renderer.WriteLine(list.IsOrdered ? "</ol>" : "</ul>");
        renderer.EnsureLine();
    }
}
