using System.Text.Json;
using AngleSharp.Dom;
using SendSite.Tests.Support;

namespace SendSite.Tests.Metadata;

/// <summary>
/// The metadata of every page of the bundled site: the document title says where you are and is unique,
/// Open Graph is complete, and every JSON-LD block is valid JSON with the properties its schema.org type needs.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class PageMetadataTests(BundledSiteBuild bundled)
{
    private const string SiteTitle = "Area SEND inspections (sample site)";
    private const string Dash = " – ";

    private IReadOnlyList<(string Path, IDocument Document)> Pages => BuiltPages.Of(bundled.Output);

    private static List<JsonElement> JsonLd(IDocument page) =>
    [
        .. page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()),
    ];

    private static string Type(JsonElement thing) => thing.GetProperty("@type").GetString()!;

    [Fact]
    public void Every_page_is_in_british_english_with_a_unique_title_that_ends_with_the_site()
    {
        var pages = Pages;
        Assert.True(pages.Count > 30);
        foreach (var (path, page) in pages)
        {
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.EndsWith(Dash + SiteTitle, page.Title, StringComparison.Ordinal);
        }
        var duplicates = pages.GroupBy(p => p.Document.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Report_and_plan_titles_name_the_page_then_the_area_then_the_site()
    {
        var kestermoor = Pages.Where(p => p.Path.StartsWith("areas/kestermoor/reports/", StringComparison.Ordinal)
            || p.Path.StartsWith("areas/kestermoor/plans/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(kestermoor);
        Assert.All(kestermoor, p => Assert.EndsWith(Dash + "Kestermoor" + Dash + SiteTitle, p.Document.Title, StringComparison.Ordinal));
        Assert.Contains(kestermoor, p => p.Document.Title!.StartsWith("Full inspection report, published ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_open_graph_with_its_absolute_canonical_address()
    {
        foreach (var (path, page) in Pages)
        {
            var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
            Assert.NotNull(canonical);
            Assert.StartsWith(BundledSiteBuild.BaseUrl, canonical, StringComparison.Ordinal);
            Assert.Equal(canonical, BuiltPages.Meta(page, "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(BuiltPages.Meta(page, "og:title")), path);
            Assert.Equal(SiteTitle, BuiltPages.Meta(page, "og:site_name"));
            Assert.Equal("en_GB", BuiltPages.Meta(page, "og:locale"));
            var type = BuiltPages.Meta(page, "og:type");
            Assert.Equal(path.Contains("/reports/", StringComparison.Ordinal) || path.Contains("/plans/", StringComparison.Ordinal) ? "article" : "website", type);
            if (path != "404.html")
            {
                Assert.False(string.IsNullOrWhiteSpace(BuiltPages.Meta(page, "og:description")), path);
            }
        }
    }

    [Fact]
    public void Every_json_ld_block_parses_with_the_schema_org_context_a_type_and_absolute_addresses()
    {
        var blocks = 0;
        foreach (var (path, page) in Pages)
        {
            foreach (var thing in JsonLd(page))
            {
                blocks++;
                Assert.Equal("https://schema.org", thing.GetProperty("@context").GetString());
                Assert.False(string.IsNullOrEmpty(Type(thing)), path);
                RequiredProperties(thing, path);
                AddressesAreAbsolute(thing, path);
            }
        }
        Assert.True(blocks > 40, $"only {blocks} JSON-LD blocks");
    }

    [Fact]
    public void Each_kind_of_page_describes_itself_with_its_schema_org_type()
    {
        var pages = Pages.ToDictionary(p => p.Path, p => JsonLd(p.Document).Select(Type).ToList());

        Assert.Contains("WebSite", pages["index.html"]);
        Assert.Contains("Dataset", pages["data/index.html"]);
        Assert.All(pages.Where(p => p.Key.Contains("/reports/", StringComparison.Ordinal)), p => Assert.Contains("Report", p.Value));
        Assert.All(pages.Where(p => p.Key.Contains("/plans/", StringComparison.Ordinal)), p => Assert.Contains("CreativeWork", p.Value));
    }

    [Fact]
    public void Every_page_with_breadcrumbs_has_a_breadcrumb_list_of_the_same_trail_ending_with_itself()
    {
        var checkedPages = 0;
        foreach (var (path, page) in Pages)
        {
            var crumbs = page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.TextContent).ToList();
            var lists = JsonLd(page).Where(t => Type(t) == "BreadcrumbList").ToList();
            if (crumbs.Count == 0)
            {
                Assert.Empty(lists);
                continue;
            }
            checkedPages++;
            var items = Assert.Single(lists).GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.Equal(crumbs, items.Take(crumbs.Count).Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
            Assert.Equal(page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), items[^1].GetProperty("item").GetString());
        }
        Assert.True(checkedPages > 30);
    }

    [Fact]
    public void The_dataset_offers_the_csv_and_json_that_exist_with_their_formats()
    {
        var dataset = JsonLd(Pages.Single(p => p.Path == "data/index.html").Document).Single(t => Type(t) == "Dataset");
        var downloads = dataset.GetProperty("distribution").EnumerateArray()
            .ToDictionary(d => d.GetProperty("encodingFormat").GetString()!, d => d.GetProperty("contentUrl").GetString()!);

        Assert.Equal(BundledSiteBuild.BaseUrl + "data/inspections.csv", downloads["text/csv"]);
        Assert.Equal(BundledSiteBuild.BaseUrl + "data/inspections.json", downloads["application/json"]);
        Assert.True(File.Exists(Path.Combine(bundled.Output, "data", "inspections.csv")));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$", dataset.GetProperty("temporalCoverage").GetString());
    }

    private static void RequiredProperties(JsonElement thing, string path)
    {
        string[] required = Type(thing) switch
        {
            "WebSite" => ["name", "url", "publisher", "inLanguage"],
            "BreadcrumbList" => ["itemListElement"],
            "Report" => ["headline", "url", "datePublished", "dateModified", "about", "author", "publisher"],
            "CreativeWork" => ["headline", "url", "datePublished", "dateModified", "about", "author"],
            "Dataset" => ["name", "description", "url", "distribution", "publisher"],
            var other => throw new Xunit.Sdk.XunitException($"{path}: unexpected @type {other}"),
        };
        foreach (var name in required)
        {
            Assert.True(thing.TryGetProperty(name, out _), $"{path}: {Type(thing)} has no {name}");
        }
        if (Type(thing) == "Report")
        {
            var authors = thing.GetProperty("author").EnumerateArray().ToList();
            Assert.All(authors, a => Assert.Equal("GovernmentOrganization", Type(a)));
            Assert.Equal(["Ofsted", "Care Quality Commission"], authors.Select(a => a.GetProperty("name").GetString()));
            Assert.Equal("AdministrativeArea", Type(thing.GetProperty("about")));
        }
        if (Type(thing) == "CreativeWork")
        {
            Assert.Equal(2, thing.GetProperty("author").EnumerateArray().Count(a => Type(a) == "GovernmentOrganization"));
        }
    }

    private static void AddressesAreAbsolute(JsonElement element, string path)
    {
        string[] addressProperties = ["url", "item", "contentUrl", "isBasedOn"];
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (addressProperties.Contains(property.Name))
                    {
                        Assert.True(Uri.TryCreate(property.Value.GetString(), UriKind.Absolute, out var uri) && uri.Scheme == "https",
                            $"{path}: {property.Name} '{property.Value}' is not an absolute https address");
                    }
                    AddressesAreAbsolute(property.Value, path);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AddressesAreAbsolute(item, path);
                }
                break;
        }
    }
}
