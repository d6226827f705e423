using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class PageSelectionTests
{
    private static SitePage Page(string path, string template, params string[] components) =>
        new(path, template, new HashSet<string>(), [], Components: components);

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

    [Fact]
    public void Every_combination_of_components_gets_a_walked_page_and_the_walks_say_what_each_stands_for()
    {
        var pages = Enumerable.Range(0, PageSelection.FewPages + 5)
            .Select(n => Page($"reports/r{n:00}/index.html", "report", "table in app-table-wrapper"))
            .Append(Page("reports/r90/index.html", "report", "table in app-table-wrapper", "table in column"))
            .Append(Page("reports/r91/index.html", "report", "table in column"))
            .Append(Page("reports/r92/index.html", "report", "table in column"))
            .Append(Page("index.html", "home", "table in column"))
            .ToList();

        var selection = PageSelection.Choose(pages, onlyPages: null);

        Assert.Equal(pages.Count, selection.AxePages.Count);
        Assert.Equal(["index.html", "reports/r00/index.html", "reports/r90/index.html", "reports/r91/index.html"],
            selection.DeepPages.Order(StringComparer.Ordinal));
        Assert.Equal(
            [("index.html", 1), ("reports/r00/index.html", PageSelection.FewPages + 5), ("reports/r90/index.html", 1), ("reports/r91/index.html", 2)],
            selection.Walks.Select(walk => (walk.Page, walk.PagesLikeIt)));
        Assert.Equal(["table in app-table-wrapper", "table in column"], selection.Walks[2].Components);
    }

    [Fact]
    public void In_the_pull_request_mode_many_changed_pages_are_walked_one_per_structure()
    {
        var pages = Enumerable.Range(0, PageSelection.FewPages + 5)
            .Select(n => Page($"plans/p{n:00}/index.html", "plan", n == 12 ? ["table"] : []))
            .ToList();

        var selection = PageSelection.ChooseChanged(pages, [.. pages.Skip(1).Select(page => page.Path)]);

        Assert.Equal(["plans/p01/index.html", "plans/p12/index.html"], selection.DeepPages.Order(StringComparer.Ordinal));
    }
}
