using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>Which pages the pull-request mode scans, and which get the deep checks, once it knows what changed.</summary>
public sealed class ChangedPageSelectionTests
{
    private static SitePage Page(string path, string template) => new(path, template, new HashSet<string>(), []);

    private static readonly IReadOnlyList<SitePage> Site =
    [
        Page("index.html", "home"),
        Page("about/index.html", "content"),
        .. Enumerable.Range(0, 30).Select(n => Page($"areas/a{n:00}/index.html", "area")),
    ];

    [Fact]
    public void Changed_pages_get_every_check_and_no_unchanged_page_is_opened()
    {
        var selection = PageSelection.ChooseChanged(Site, ["areas/a07/index.html"]);

        Assert.Equal(["areas/a07/index.html"], selection.AxePages);
        Assert.Equal(["areas/a07/index.html"], selection.DeepPages);
        Assert.Empty(selection.Unknown);
    }

    [Fact]
    public void With_nothing_changed_no_page_is_opened()
    {
        var selection = PageSelection.ChooseChanged(Site, []);

        Assert.Empty(selection.AxePages);
        Assert.Empty(selection.DeepPages);
    }

    [Fact]
    public void When_many_pages_changed_axe_scans_them_all_and_the_deep_checks_take_one_per_template()
    {
        var changed = Site.Select(page => page.Path).ToList();

        var selection = PageSelection.ChooseChanged(Site, changed);

        Assert.Equal(changed.Order(StringComparer.Ordinal), selection.AxePages);
        Assert.Equal(["about/index.html", "areas/a00/index.html", "index.html"], selection.DeepPages.Order(StringComparer.Ordinal));
    }
}
