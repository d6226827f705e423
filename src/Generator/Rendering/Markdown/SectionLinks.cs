using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Gives every h2 and h3 of a rendered body the same visible "link to this section" control as the headings
/// templates write (themes/default/layouts/section-heading.liquid): the heading and a link to its own id,
/// side by side in a wrapper. The link sits after the heading, not inside it, so the heading's name read by
/// screen readers stays the heading's text; its own name is "Link to this section: heading text".
/// Run on pages, not in the Markdown renderer, so validate and the Markdown specs see the body as written.
/// </summary>
public static class SectionLinks
{
    public const string WrapperClass = "app-section-heading";
    public const string LinkClass = "govuk-link app-section-link";

    // Parsers keep no state between calls, so one serves every thread.
    private static readonly HtmlParser Parser = new();

    public static string Add(string bodyHtml)
    {
        if (!bodyHtml.Contains("<h2", StringComparison.Ordinal) && !bodyHtml.Contains("<h3", StringComparison.Ordinal))
        {
            return bodyHtml;
        }
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        foreach (var heading in document.Body!.QuerySelectorAll("h2[id], h3[id]").ToList())
        {
            var wrapper = document.CreateElement("div");
            wrapper.ClassName = WrapperClass;
            heading.Parent!.ReplaceChild(wrapper, heading);
            wrapper.AppendChild(heading);
            wrapper.AppendChild(document.CreateTextNode("\n"));
            wrapper.AppendChild(Link(document, heading.Id!, heading.TextContent.Trim()));
        }
        return document.Body.InnerHtml;
    }

    private static IElement Link(IDocument document, string id, string headingText)
    {
        var link = document.CreateElement("a");
        link.ClassName = LinkClass;
        link.SetAttribute("href", "#" + id);
        // Search results should quote the report, not the controls around its headings.
        link.SetAttribute("data-pagefind-ignore", "");
        link.AppendChild(document.CreateTextNode("Link"));
        var hidden = document.CreateElement("span");
        hidden.ClassName = "govuk-visually-hidden";
        hidden.TextContent = " to this section: " + headingText;
        link.AppendChild(hidden);
        return link;
    }
}
