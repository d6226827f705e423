using SendSite.Rendering.Urls;

namespace SendSite.Tests.Rendering.Urls;

public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("/", "/areas/", "areas/")]
    [InlineData("/", "/", "./")]
    [InlineData("/areas/", "/", "../")]
    [InlineData("/areas/x/", "/areas/x/reports/r/", "reports/r/")]
    [InlineData("/areas/x/reports/r/", "/areas/x/", "../../")]
    [InlineData("/areas/x/reports/r/", "/areas/y/", "../../../y/")]
    [InlineData("/areas/x/", "/assets/site.css", "../../assets/site.css")]
    [InlineData("/areas/x/", "/areas/x/#history", "./#history")]
    [InlineData("/404.html", "/areas/", "areas/")]
    [InlineData("/areas/", "https://example.org/a", "https://example.org/a")]
    [InlineData("/areas/", "#region-london", "#region-london")]
    public void Links_are_relative_to_the_page(string page, string target, string expected) =>
        Assert.Equal(expected, RelativeUrl.From(page, target));

    [Fact]
    public void Folder_urls_are_written_as_index_files() =>
        Assert.Equal("areas/x/index.html", SiteUrls.FileFor(SiteUrls.Area("x")));
}
