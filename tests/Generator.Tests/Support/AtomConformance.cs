using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SendSite.Tests.Support;

/// <summary>
/// Checks a document against the rules of Atom 1.0 (RFC 4287) that a feed reader relies on, and returns
/// every broken rule as a sentence (empty when the feed conforms). Written from the RFC's text, section by
/// section, so the feeds are tested against the format and not against what our writer happens to do.
/// </summary>
public static partial class AtomConformance
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xml = XNamespace.Xml;

    // RFC 3339 section 5.6 date-time, as RFC 4287 section 3.3 requires (an uppercase T and Z).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    // RFC 3987: an absolute IRI starts with a scheme. (Uri.TryCreate alone would take "/a/" as a file path on Unix.)
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    public static IReadOnlyList<string> Check(string xml)
    {
        var problems = new List<string>();
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException e)
        {
            return [$"not well-formed XML: {e.Message}"];
        }
        var feed = document.Root!;
        if (feed.Name != Atom + "feed")
        {
            return [$"the root element is {feed.Name}, not atom:feed in the namespace {Atom}"];
        }
        if (string.IsNullOrWhiteSpace((string?)feed.Attribute(Xml + "lang")))
        {
            problems.Add("atom:feed has no xml:lang");
        }

        // 4.1.1: exactly one id, title, updated; at most one of the optional singletons.
        ExactlyOne(feed, "feed", problems, "id", "title", "updated");
        AtMostOne(feed, "feed", problems, "subtitle", "rights", "icon", "logo", "generator");
        CheckCommon(feed, "feed", problems);
        var feedHasAuthor = feed.Elements(Atom + "author").Any();

        var entries = feed.Elements(Atom + "entry").ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var where = $"entry {index + 1}";
            // 4.1.2
            ExactlyOne(entry, where, problems, "id", "title", "updated");
            AtMostOne(entry, where, problems, "content", "published", "rights", "source", "summary");
            CheckCommon(entry, where, problems);
            var content = entry.Element(Atom + "content");
            if (content is null && !Links(entry).Any(l => Rel(l) == "alternate"))
            {
                problems.Add($"{where} has neither atom:content nor a link with rel=\"alternate\"");
            }
            if (content is not null && content.Attribute("src") is not null && entry.Element(Atom + "summary") is null)
            {
                problems.Add($"{where} has out-of-line content (src) but no atom:summary");
            }
            // 4.1.1: the feed's author may stand for its entries; otherwise every entry needs its own.
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any()
                && entry.Element(Atom + "source")?.Elements(Atom + "author").Any() != true)
            {
                problems.Add($"{where} has no atom:author and the feed has none");
            }
            if (entry.Element(Atom + "published") is { } published)
            {
                CheckDate(published, where, problems);
            }
            if (entry.Element(Atom + "id")?.Value is { } id && !ids.Add(id.Trim()))
            {
                problems.Add($"{where} repeats the id {id}");
            }
        }
        return problems;
    }

    /// <summary>What feeds and entries share: id an absolute IRI, updated a date, text constructs typed, links with href.</summary>
    private static void CheckCommon(XElement element, string where, List<string> problems)
    {
        if (element.Element(Atom + "id") is { } id && !(Scheme().IsMatch(id.Value.Trim()) && Uri.TryCreate(id.Value.Trim(), UriKind.Absolute, out _)))
        {
            problems.Add($"{where}'s atom:id '{id.Value}' is not an absolute IRI (4.2.6)");
        }
        if (element.Element(Atom + "updated") is { } updated)
        {
            CheckDate(updated, where, problems);
        }
        foreach (var text in new[] { "title", "subtitle", "summary", "rights" }.SelectMany(n => element.Elements(Atom + n)))
        {
            if ((string?)text.Attribute("type") is { } type && type is not ("text" or "html" or "xhtml"))
            {
                problems.Add($"{where}'s atom:{text.Name.LocalName} has type '{type}', not text, html or xhtml (3.1.1)");
            }
        }
        foreach (var author in element.Elements(Atom + "author"))
        {
            if (author.Elements(Atom + "name").Count() != 1)
            {
                problems.Add($"{where} has an atom:author without exactly one atom:name (3.2.1)");
            }
        }
        var links = Links(element).ToList();
        foreach (var link in links.Where(l => string.IsNullOrWhiteSpace((string?)l.Attribute("href"))))
        {
            problems.Add($"{where} has an atom:link without href (4.2.7.1)");
        }
        // 4.1.1 and 4.1.2: at most one alternate link per type and hreflang.
        foreach (var group in links.Where(l => Rel(l) == "alternate").GroupBy(l => ((string?)l.Attribute("type"), (string?)l.Attribute("hreflang"))).Where(g => g.Count() > 1))
        {
            problems.Add($"{where} has {group.Count()} alternate links with the same type and hreflang");
        }
    }

    private static void CheckDate(XElement date, string where, List<string> problems)
    {
        var text = date.Value.Trim();
        if (!Rfc3339().IsMatch(text) || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            problems.Add($"{where}'s atom:{date.Name.LocalName} '{text}' is not an RFC 3339 date-time (3.3)");
        }
    }

    private static IEnumerable<XElement> Links(XElement element) => element.Elements(Atom + "link");

    // 4.2.7.2: a link without rel is an alternate link.
    private static string Rel(XElement link) => (string?)link.Attribute("rel") ?? "alternate";

    private static void ExactlyOne(XElement parent, string where, List<string> problems, params string[] names)
    {
        foreach (var name in names)
        {
            var count = parent.Elements(Atom + name).Count();
            if (count != 1)
            {
                problems.Add($"{where} has {count} atom:{name} elements, not exactly one");
            }
        }
    }

    private static void AtMostOne(XElement parent, string where, List<string> problems, params string[] names)
    {
        foreach (var name in names.Where(n => parent.Elements(Atom + n).Count() > 1))
        {
            problems.Add($"{where} has more than one atom:{name}");
        }
    }
}
