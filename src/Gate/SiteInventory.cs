using AngleSharp.Html.Parser;

namespace SendSite.Gate;

/// <summary>
/// Reads every HTML file of a built site once with AngleSharp (no browser): its template, its anchors and the
/// URLs it points at. The link check and the choice of pages per template both work from this.
/// </summary>
public static class SiteInventory
{
    public const string TemplateAttribute = "data-template";

    private static readonly (string Element, string Attribute)[] UrlAttributes =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("img", "srcset"),
        ("source", "src"), ("source", "srcset"), ("iframe", "src"), ("video", "src"), ("video", "poster"),
        ("audio", "src"), ("track", "src"), ("embed", "src"), ("object", "data"), ("form", "action"),
    ];

    /// <summary>Site-relative paths of every .html file, sorted so runs are repeatable.</summary>
    public static IReadOnlyList<string> HtmlFiles(string siteDirectory) =>
        [.. Directory.EnumerateFiles(siteDirectory, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(siteDirectory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<SitePage> Read(string siteDirectory) => Read(siteDirectory, null);

    /// <summary>Every page, each from <paramref name="cache"/> when its bytes were read before (and kept there when not).</summary>
    public static IReadOnlyList<SitePage> Read(string siteDirectory, GateCache? cache)
    {
        var files = HtmlFiles(siteDirectory);
        var pages = new SitePage[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = cache?.FindPage(files[i]) ?? ReadAndKeep(siteDirectory, files[i], cache));
        return pages;
    }

    private static SitePage ReadAndKeep(string siteDirectory, string path, GateCache? cache)
    {
        var page = ReadPage(siteDirectory, path);
        cache?.KeepPage(page);
        return page;
    }

    /// <summary>One page, read alone: `serve` re-reads only the pages a rebuild changed.</summary>
    public static SitePage ReadPage(string siteDirectory, string path)
    {
        // A parser per page: HtmlParser is cheap to make, and these run in parallel.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(File.ReadAllText(Path.Combine(siteDirectory, path)));

        var template = document.Body?.GetAttribute(TemplateAttribute)?.Trim() ?? "";
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            anchors.Add(element.Id!);
        }
        foreach (var element in document.QuerySelectorAll("a[name]"))
        {
            anchors.Add(element.GetAttribute("name")!);
        }

        var references = new List<PageReference>();
        foreach (var (elementName, attribute) in UrlAttributes)
        {
            foreach (var element in document.QuerySelectorAll($"{elementName}[{attribute}]"))
            {
                var value = element.GetAttribute(attribute)!;
                var line = element.SourceReference?.Position.Line ?? 0;
                var urls = attribute == "srcset" ? SrcsetUrls(value) : [value.Trim()];
                var loads = Loads(element);
                references.AddRange(urls.Select(url => new PageReference(elementName, attribute, url, line, loads)));
            }
        }
        var isRedirect = document.QuerySelector("meta[http-equiv='refresh' i]") is not null;
        return new SitePage(path, template, anchors, references, isRedirect, PageComponents.Of(document));
    }

    /// <summary>Whether the browser fetches the element's URL to show the page: everything but links, forms and the link elements that only name another document.</summary>
    private static bool Loads(AngleSharp.Dom.IElement element) => element.LocalName switch
    {
        "a" or "area" or "form" => false,
        "link" => (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => LoadedLinkTypes.Contains(rel)),
        _ => true,
    };

    private static readonly HashSet<string> LoadedLinkTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon",
    };

    /// <summary>The URLs of a srcset: comma-separated candidates, each a URL and an optional width or density.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', 2)[0]);
}
