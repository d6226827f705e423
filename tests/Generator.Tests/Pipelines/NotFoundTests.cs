using AngleSharp.Html.Parser;
using SendSite.Gate;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The not-found page is served at any missing address, so every link on it, the template's and the layout's,
/// starts from the site's root path; and the build records that path for <c>check</c>.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class NotFoundTests(BundledSiteBuild site)
{
    private const string BasePath = "/send-inspections/";

    [Fact]
    public void Every_link_on_the_not_found_page_starts_from_the_sites_root_path()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, NotFoundPage.File)));
        var urls = page.QuerySelectorAll("[href], [src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .Where(url => !url.StartsWith('#') && !url.Contains(':', StringComparison.Ordinal))
            .ToList();

        Assert.Contains(BasePath + "areas/", urls);
        Assert.All(urls, url => Assert.StartsWith(BasePath, url));
    }

    [Fact]
    public void The_build_records_its_base_path_and_the_link_check_passes_the_not_found_page_with_it()
    {
        var recorded = SiteBasePath.Recorded(site.Output);

        Assert.Equal(BasePath, recorded);
        Assert.DoesNotContain(LinkCheck.Run(site.Output, SiteInventory.Read(site.Output), recorded!), problem => problem.Page == NotFoundPage.File);
    }
}
