using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class PageSelectionTests
{
    private static SitePage Page(string path, string template) => new(path, template, new HashSet<string>(), []);

    [Theory]
    [InlineData("/areas/leeds/", "areas/leeds/index.html")]
    [InlineData("areas/leeds", "areas/leeds/index.html")]
    [InlineData("./about.html", "about.html")]
    [InlineData("areas\\leeds\\index.html", "areas/leeds/index.html")]
    [InlineData("/", "index.html")]
    public void Pages_are_accepted_in_the_forms_people_type(string typed, string path) =>
        Assert.Equal(path, PageSelection.Normalise(typed));

    [Fact]
    public void Redirect_pages_are_not_scanned_in_the_browser()
    {
        var pages = new[] { Page("index.html", "home"), new SitePage("areas/old/index.html", "redirect", new HashSet<string>(), [], IsRedirect: true) };

        var selection = PageSelection.Choose(pages, onlyPages: null);

        Assert.Equal(["index.html"], selection.AxePages);
    }

    [Fact]
    public void A_large_site_gets_the_deep_checks_on_one_page_per_template_and_axe_on_every_page()
    {
        var pages = Enumerable.Range(0, PageSelection.FewPages + 5)
            .Select(n => Page($"areas/a{n:00}/index.html", "area"))
            .Append(Page("index.html", "home"))
            .ToList();

        var selection = PageSelection.Choose(pages, onlyPages: null);

        Assert.Equal(pages.Count, selection.AxePages.Count);
        Assert.Equal(["areas/a00/index.html", "index.html"], selection.DeepPages.Order(StringComparer.Ordinal));
    }
}
