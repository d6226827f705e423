using System.Xml.Linq;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>The HTML site map lists every page of sitemap.xml (and only published ones), and is linked from every page's footer.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed class SiteMapPageTests(BundledSiteBuild bundled)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private string Read(string relative) => File.ReadAllText(Path.Combine(bundled.Output, relative));

    /// <summary>The site map's links as absolute addresses (they are written relative to /sitemap/).</summary>
    private List<string> SiteMapLinks()
    {
        var page = BuiltPages.Parse(Read("sitemap/index.html"));
        var here = new Uri(BundledSiteBuild.BaseUrl + "sitemap/");
        return [.. page.QuerySelectorAll("main a[href]").Select(a => new Uri(here, a.GetAttribute("href")!).AbsoluteUri)];
    }

    [Fact]
    public void It_lists_every_page_of_sitemap_xml()
    {
        var locations = XDocument.Parse(Read("sitemap.xml")).Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();
        var links = SiteMapLinks().ToHashSet(StringComparer.Ordinal);

        Assert.Contains(BundledSiteBuild.BaseUrl + "sitemap/", locations);
        Assert.True(locations.Count > 30);
        Assert.DoesNotContain(locations, l => !links.Contains(l) && l != BundledSiteBuild.BaseUrl + "sitemap/");
    }

    [Fact]
    public void Every_link_it_lists_is_a_file_that_was_built_and_nothing_unpublished_is_named()
    {
        foreach (var link in SiteMapLinks())
        {
            Assert.StartsWith(BundledSiteBuild.BaseUrl, link, StringComparison.Ordinal);
            var relative = link[BundledSiteBuild.BaseUrl.Length..];
            var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            Assert.True(File.Exists(Path.Combine(bundled.Output, file)), $"{link} was not built");
        }
        var text = Read("sitemap/index.html");
        Assert.DoesNotContain("hollinmere/reports", text, StringComparison.Ordinal); // the embargoed report's area has no published report
    }

    [Fact]
    public void Nothing_embargoed_or_draft_appears_in_any_file_of_the_output()
    {
        foreach (var file in Directory.EnumerateFiles(bundled.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Zebrafinchquorum", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Quillmarrowdraft", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_links_to_it_from_the_footer_and_robots_txt_points_at_sitemap_xml_absolutely()
    {
        foreach (var (path, page) in BuiltPages.Of(bundled.Output))
        {
            Assert.Contains(page.QuerySelectorAll(".govuk-footer a"), a => a.TextContent == "Site map");
        }
        Assert.Contains($"Sitemap: {BundledSiteBuild.BaseUrl}sitemap.xml\n", Read("robots.txt"), StringComparison.Ordinal);
    }
}
