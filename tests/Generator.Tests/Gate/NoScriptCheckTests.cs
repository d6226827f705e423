using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>
/// The no-JavaScript check on small pages: the main content must be there, and readable, with scripts off. It reads the
/// first main element's rendered text; a page with open shadow roots is read by Playwright's locator, which looks inside them.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class NoScriptCheckTests(ChromiumFixture browser)
{
    private const string Head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test</title></head><body>";
    private const string Foot = "</body></html>";

    private static readonly Dictionary<string, string> Pages = new()
    {
        ["plain.html"] = "<main><h1>Outcomes</h1><p>Text anyone can read.</p></main>",
        ["filled-by-script.html"] = "<main id=\"content\"></main><script src=\"fill.js\"></script>",
        ["no-main.html"] = "<div><p>Text, but no main element.</p></div>",
        ["hidden-text.html"] = "<main><p hidden>Text nobody sees.</p></main>",
        ["shadow.html"] = "<div><template shadowrootmode=\"open\"><main><p>Text in a shadow root.</p></main></template></div>",
        ["empty-shadow.html"] = "<div><template shadowrootmode=\"open\"><main></main></template></div><main><p>Text.</p></main>",
    };

    private async Task<IReadOnlyList<GateProblem>> CheckAsync(string page)
    {
        var site = GateFixtures.NewTempFolder();
        foreach (var (name, body) in Pages)
        {
            await File.WriteAllTextAsync(Path.Combine(site, name), Head + body + Foot);
        }
        await File.WriteAllTextAsync(Path.Combine(site, "fill.js"), "document.getElementById('content').textContent = 'Filled in by a script.';");
        await using var server = StaticSiteServer.Start(site);
        await using var pool = new BrowserContextPool(browser.Chromium.Browser);
        return await NoScriptCheck.RunAsync(pool, server.UrlOf(page), page);
    }

    [Theory]
    [InlineData("plain.html")]
    [InlineData("shadow.html")]
    public async Task A_page_whose_main_content_is_in_its_markup_passes(string page)
    {
        Assert.Empty(await CheckAsync(page));
    }

    [Theory]
    [InlineData("filled-by-script.html", "the main element is empty when JavaScript is off")]
    [InlineData("hidden-text.html", "the main element is empty when JavaScript is off")]
    [InlineData("no-main.html", "there is no main element when JavaScript is off")]
    public async Task A_page_without_readable_main_content_fails(string page, string message)
    {
        var problem = Assert.Single(await CheckAsync(page));

        Assert.Equal((GateChecks.NoScriptContent.Id, message), (problem.Rule, problem.Message));
    }

    [Fact]
    public async Task With_shadow_roots_the_first_main_the_locator_finds_is_the_one_read()
    {
        // The locator looks in the light DOM before shadow roots: the page's own main, with text, is the first.
        Assert.Empty(await CheckAsync("empty-shadow.html"));
    }
}
