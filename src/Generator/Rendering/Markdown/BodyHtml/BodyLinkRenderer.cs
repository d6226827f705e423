using Markdig.Renderers;
using Markdig.Syntax.Inlines;
using SendSite.Rendering.Markdown.Images;
using SendSite.Rendering.Markdown.Pages;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A link (GOV.UK Frontend's link style) or an image (its source and alt text only). The published target is
/// judged again by <see cref="PublishedTarget"/>: a refused link keeps its words, a refused image is left out.
/// A title is not written: it is hidden from most readers, so a body has no use for one. An image with a path on
/// this site shows the file the checks found for it (<see cref="CheckedTarget{T}"/>), at its published address, or
/// nothing: a target written relative to the Markdown file would be broken relative to the page. So does a link to a
/// Markdown file, with the page that file publishes (<see cref="CheckedTarget{T}"/>).
/// </summary>
/// <param name="position">How many characters of HTML have been written so far: where an image's or page's address starts.</param>
internal sealed class BodyLinkRenderer(PublishedTarget targets, WrittenAddresses addresses, Func<int> position) : BodyObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // Inside an image's alt text only the words count, as Markdig writes them.
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        if (link.IsImage && CheckedTarget<BodyImage>.Of(link) is { } file)
        {
            WriteImageFile(renderer, link, file);
            return;
        }

        if (!link.IsImage && CheckedTarget<BodyPageLink>.Of(link) is { } page)
        {
            WritePageLink(renderer, link, page);
            return;
        }

        var target = targets.Judge(prefix: null, link.GetDynamicUrl?.Invoke() ?? link.Url);
        if (link.IsImage)
        {
            if (target is not null && !LinkTargetPolicy.IsPathOnSite(target))
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

    private void WriteImageFile(HtmlRenderer renderer, LinkInline image, BodyImage file)
    {
        // The address is percent-encoded by BodyImage (letters, digits, - . _ ~, % and / only), and judged again all the same.
        if (LinkTargetPolicy.FindProblem(file.Address, folderDepth: 0) is not null)
        {
            return;
        }

        renderer.Write("<img src=\"");
        addresses.AddImage(position(), file);
        HtmlText.WriteAttributeValue(renderer, file.Address);
        renderer.Write('"');
        WriteAlt(renderer, image);
    }

    private void WritePageLink(HtmlRenderer renderer, LinkInline link, BodyPageLink page)
    {
        // Made of the site's own address and a percent-encoded fragment, and judged again all the same.
        if (LinkTargetPolicy.FindProblem(page.Address, folderDepth: 0) is not null)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a href=\"");
        addresses.AddPage(position());
        HtmlText.WriteAttributeValue(renderer, page.Address);
        renderer.Write("\" class=\"").Write(GovukClasses.Link).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    private static void WriteImage(HtmlRenderer renderer, LinkInline image, string target)
    {
        renderer.Write("<img");
        HtmlText.WriteAttribute(renderer, "src", target);
        WriteAlt(renderer, image);
    }

    private static void WriteAlt(HtmlRenderer renderer, LinkInline image)
    {
        renderer.Write(" alt=\"");

        // With inline HTML off, every inline renderer writes only its words, escaped for an attribute.
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(image);
        renderer.EnableHtmlForInline = true;
        renderer.Write("\">");
    }
}
