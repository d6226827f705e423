using Microsoft.Playwright;
using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>
/// A walked page's Tab walk runs in the page its skip link was just followed in, after the probe moves where the next
/// Tab starts from back to the top. If that did not work, the walk would start at the main content and every walk
/// would need the fresh load it is meant to save (the walk is repeated on a fresh load before anything is reported).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class FocusStartTests(ChromiumFixture browser)
{
    private const string Page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body>
        <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
        <header><a href="/">Home</a> <a href="/areas/">Areas</a></header>
        <main id="main-content" tabindex="-1"><h1>Kestermoor</h1><p><a href="/areas/kestermoor/">The area</a></p></main>
        <footer><a href="/help/">Help</a></footer>
        </body></html>
        """;

    private async Task<(IPage Tab, PageProbe Probe, IAsyncDisposable Server, BrowserContextPool Pool)> OpenAsync()
    {
        var site = GateFixtures.NewTempFolder();
        await File.WriteAllTextAsync(Path.Combine(site, "index.html"), Page);
        var server = StaticSiteServer.Start(site);
        var pool = new BrowserContextPool(browser.Chromium.Browser);
        var tab = await pool.RentTabAsync();
        await tab.GotoAsync(server.UrlOf("index.html").ToString());
        return (tab, await PageProbe.InstallAsync(tab), server, pool);
    }

    [Fact]
    public async Task After_the_skip_link_is_followed_the_next_Tab_after_a_reset_is_the_skip_link_again()
    {
        var (tab, probe, server, pool) = await OpenAsync();
        await using (server)
        await using (pool)
        {
            Assert.Empty(await SkipLinkCheck.RunAsync(probe, "index.html"));
            await probe.PressAsync(PageProbe.TabKey);
            Assert.Equal("The area", await tab.EvaluateAsync<string>("() => document.activeElement.textContent")); // past the header, as the skip link is meant to leave it

            Assert.True(await probe.ResetFocusStartAsync());
            await probe.PressAsync(PageProbe.TabKey);

            Assert.True((await probe.FocusedSkipLinkAsync()).IsSkipLink);
        }
    }

    [Fact]
    public async Task A_walk_after_the_skip_link_and_a_reset_reaches_every_link_from_the_top()
    {
        var (_, probe, server, pool) = await OpenAsync();
        await using (server)
        await using (pool)
        {
            await SkipLinkCheck.RunAsync(probe, "index.html");
            Assert.True(await probe.ResetFocusStartAsync());

            Assert.Empty(await KeyboardCheck.RunAsync(probe, "index.html"));
        }
    }
}
