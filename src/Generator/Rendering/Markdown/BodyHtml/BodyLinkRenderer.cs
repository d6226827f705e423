using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A link (GOV.UK Frontend's link style) or an image (its source and alt text only). The published target is
/// judged again by <see cref="PublishedTarget"/>: a refused link keeps its words, a refused image is left out.
/// A title is not written: it is hidden from most readers, so a body has no use for one.
/// </summary>
internal sealed class BodyLinkRenderer(PublishedTarget targets) : BodyObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // Inside an image's alt text only the words count, as Markdig writes them.
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        var target = targets.Judge(prefix: null, link.GetDynamicUrl?.Invoke() ?? link.Url);
        if (link.IsImage)
        {
            if (target is not null)
            {
                WriteImage(renderer, link, target);
            }

            return;
        }

        if (target is null)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a");
        HtmlText.WriteAttribute(renderer, "href", target);
        renderer.Write(" class=\"").Write(GovukClasses.Link).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    private static void WriteImage(HtmlRenderer renderer, LinkInline image, string target)
    {
        renderer.Write("<img");
        HtmlText.WriteAttribute(renderer, "src", target);
        renderer.Write(" alt=\"");

        // With inline HTML off, every inline renderer writes only its words, escaped for an attribute.
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(image);
        renderer.EnableHtmlForInline = true;
        renderer.Write("\">");
    }
}
