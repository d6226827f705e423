using System.Text;
using System.Text.RegularExpressions;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Gives every h2 and h3 of a rendered body the same visible "link to this section" control as the headings
/// templates write (themes/default/layouts/section-heading.liquid): the heading and a link to its own id,
/// side by side in a wrapper. The link sits after the heading, not inside it, so the heading's name read by
/// screen readers stays the heading's text; its own name is "Link to this section: heading text".
/// Run on pages, not in the Markdown renderer, so validate and the Markdown specs see the body as written.
/// </summary>
/// <remarks>
/// The body is HTML the renderer (BodyHtml) has just written, so its headings have a known shape:
/// no raw HTML reaches it, attribute values are double-quoted, and a heading never contains another. That
/// makes a text edit exact, and it spares every page a second parse and serialisation of its whole body,
/// which at England's scale cost more than the rest of rendering a report page.
/// </remarks>
public static partial class SectionLinks
{
    public const string WrapperClass = "app-section-heading";
    public const string LinkClass = "govuk-link app-section-link";

    public static string Add(string bodyHtml)
    {
        var builder = (StringBuilder?)null;
        var copiedUpTo = 0;
        foreach (Match heading in Heading().Matches(bodyHtml))
        {
            if (IdAttribute().Match(heading.Groups["attributes"].Value) is not { Success: true } id)
            {
                continue;
            }
            builder ??= new StringBuilder(bodyHtml.Length + 4096);
            builder.Append(bodyHtml, copiedUpTo, heading.Index - copiedUpTo)
                .Append("<div class=\"").Append(WrapperClass).Append("\">")
                .Append(heading.Value)
                .Append('\n')
                .Append("<a class=\"").Append(LinkClass).Append("\" href=\"#").Append(id.Groups["id"].Value)
                // Search results should quote the report, not the controls around its headings.
                .Append("\" data-pagefind-ignore=\"\">Link<span class=\"govuk-visually-hidden\"> to this section: ")
                .Append(TextOf(heading.Groups["content"].Value))
                .Append("</span></a></div>");
            copiedUpTo = heading.Index + heading.Length;
        }
        return builder is null ? bodyHtml : builder.Append(bodyHtml, copiedUpTo, bodyHtml.Length - copiedUpTo).ToString();
    }

    /// <summary>The heading's text, still escaped as the serialiser wrote it: its inline tags removed, ends trimmed.</summary>
    private static string TextOf(string headingContent) => Tag().Replace(headingContent, "").Trim();

    [GeneratedRegex("<h(?<level>[23])(?<attributes>(?:\\s[^>]*)?)>(?<content>.*?)</h\\k<level>>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex("(?:^|\\s)id=\"(?<id>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    // Attribute values are double-quoted and may hold '>', so a tag ends at the first '>' outside quotes.
    [GeneratedRegex("<(?:[^>\"]|\"[^\"]*\")*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
