using SendSite.Gate;
using SendSite.Tests.Support;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>The pull-request mode's comparison with an earlier build, on files on disk (no browser).</summary>
public sealed class ChangedPagesTests : IDisposable
{
    private readonly TempFolder folder = new();

    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><title>{0}</title><link rel="stylesheet" href="/style.css"></head>
        <body data-template="{1}"><main><h1>{0}</h1><a href="/other/">Other</a></main></body></html>
        """;

    private string Base => folder.Combine("base");
    private string Site => folder.Combine("site");

    private void WriteBoth(string path, string content)
    {
        folder.Write(Path.Combine("base", path), content);
        folder.Write(Path.Combine("site", path), content);
    }

    private static string Html(string title, string template = "content") => string.Format(Page, title, template);

    private IReadOnlyList<string> Changed() => ChangedPages.Find(Site, Base, SiteInventory.Read(Site));

    public ChangedPagesTests()
    {
        WriteBoth("index.html", Html("Home", "home"));
        WriteBoth("other/index.html", Html("Other"));
        WriteBoth("about/index.html", Html("About"));
        WriteBoth("style.css", "body { color: #0b0c0c; }\n");
        WriteBoth("old/index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Moved</title><meta http-equiv=\"refresh\" content=\"0; url=/other/\"></head><body></body></html>");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Identical_builds_have_no_changed_pages() => Assert.Empty(Changed());

    [Fact]
    public void A_page_whose_bytes_differ_is_changed_and_pages_linking_to_it_are_not()
    {
        folder.Write("site/other/index.html", Html("Other, edited"));

        Assert.Equal(["other/index.html"], Changed());
    }

    [Fact]
    public void A_page_differing_only_in_one_byte_of_the_same_length_is_changed()
    {
        folder.Write("site/about/index.html", Html("Abouu"));

        Assert.Equal(["about/index.html"], Changed());
    }

    [Fact]
    public void A_new_page_is_changed()
    {
        folder.Write("site/new/index.html", Html("New"));

        Assert.Equal(["new/index.html"], Changed());
    }

    [Fact]
    public void Every_page_that_loads_a_changed_stylesheet_is_changed_but_not_a_redirect()
    {
        folder.Write("site/style.css", "body { color: #000; }\n");

        Assert.Equal(["about/index.html", "index.html", "other/index.html"], Changed());
    }
}
