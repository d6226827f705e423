using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A heading with its stable id (set by <see cref="HeadingOutline"/>) and its GOV.UK class. A level 1 heading
/// would compete with the page title, so it is written as its words alone (HeadingOutline reports it and has
/// already made it level 2 by the time a page is rendered).
/// </summary>
internal sealed class BodyHeadingRenderer : BodyObjectRenderer<HeadingBlock>
{
    private const int LowestBodyLevel = 2;
    private const int HighestLevel = 6;

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var isBodyHeading = heading.Level is >= LowestBodyLevel and <= HighestLevel;
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        if (isBodyHeading)
        {
            renderer.Write('<').Write(tag);
            if (heading.TryGetAttributes()?.Id is { } id)
            {
                HtmlText.WriteAttribute(renderer, "id", id);
            }

            renderer.Write(" class=\"").Write(GovukClasses.Heading(heading.Level)).Write("\">");
        }

        renderer.WriteLeafInline(heading);
        if (isBodyHeading)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }
        else
        {
            renderer.WriteLine();
        }

        renderer.EnsureLine();
    }
}
