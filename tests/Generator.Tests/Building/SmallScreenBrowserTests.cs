using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SendSite.Tests.Gate;

namespace SendSite.Tests.Building;

/// <summary>
/// The bundled sample site on a 320 by 640 screen, in real Chromium (issue 16): every area page answers "how
/// is my area doing and what happens next" within the first two screens, and no page of the site scrolls
/// sideways, checked on every page rather than a sample.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class SmallScreenBrowserTests(ChromiumFixture chromium, BundledSiteServed site) : IClassFixture<BundledSiteServed>
{
    private const int Width = 320;
    private const int Height = 640;

    [Fact]
    public async Task Every_area_page_shows_its_outcome_and_what_happens_next_within_two_screens()
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, Width, Height);
        var slugs = site.AreaSlugs();
        Assert.True(slugs.Count >= 10, "The bundled site should have its sample areas.");
        var late = new List<string>();
        foreach (var slug in slugs)
        {
            await page.GotoAsync(site.Server.UrlOf($"areas/{slug}/").ToString());
            foreach (var key in new[] { "Latest outcome", "What happens next" })
            {
                var value = page.Locator(".app-glance .govuk-summary-list__row")
                    .Filter(new() { Has = page.Locator("dt", new() { HasTextString = key }) })
                    .Locator("dd");
                Assert.True(await value.IsVisibleAsync(), $"{slug}: no visible '{key}' in the summary");
                var box = await value.BoundingBoxAsync();
                if (box is null || box.Y + box.Height > 2 * Height)
                {
                    late.Add($"{slug}: '{key}' ends at {box?.Y + box?.Height:0}px");
                }
            }
        }
        Assert.True(late.Count == 0, "Too far down at 320 by 640:\n" + string.Join("\n", late));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_page_of_the_site_scrolls_sideways_at_320px()
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, Width, Height);
        // Redirect pages refresh to their new address at once: they are measured as written, without the
        // refresh, so that what is measured is the page itself.
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document")
            {
                await route.ContinueAsync();
                return;
            }
            var response = await route.FetchAsync();
            await route.FulfillAsync(new() { Response = response, Body = MetaRefresh().Replace(await response.TextAsync(), "") });
        });
        var paths = site.PagePaths();
        Assert.True(paths.Count > 40, $"Only {paths.Count} pages were found.");
        var wide = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(site.Server.UrlOf(path).ToString());
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > Width)
            {
                wide.Add($"/{path}: {width}px");
            }
        }
        Assert.True(wide.Count == 0, "Pages wider than 320px:\n" + string.Join("\n", wide));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_feed_opens_in_the_browser_as_a_page_that_explains_it_and_fits_320px()
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, Width, Height);
        var feeds = Directory.EnumerateFiles(Path.Combine(site.Output, "feeds"), "*.xml")
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "areas"), "feed.xml", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(site.Output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(feeds.Count > 10, $"Only {feeds.Count} feeds were found.");
        var problems = new List<string>();
        foreach (var feed in feeds)
        {
            await page.GotoAsync(site.Server.UrlOf(feed).ToString());
            var title = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, feed)).Root!
                .Element(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value;
            var heading = await page.Locator("h1").TextContentAsync(new() { Timeout = 5_000 });
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var explained = await page.GetByRole(AriaRole.Heading, new() { Name = "How to follow this feed" }).CountAsync();
            var entries = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, feed)).Root!
                .Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")).Count();
            var shown = await page.Locator(".app-feed-entry h3 a").CountAsync();
            if (heading != title || width > Width || explained != 1 || shown != entries)
            {
                problems.Add($"/{feed}: heading '{heading}', {width}px wide, {explained} how-to heading, {shown} of {entries} entries");
            }
        }
        Assert.True(problems.Count == 0, "Feeds not shown as readable pages:\n" + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_feed_shown_as_a_page_passes_axe()
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, Width, Height);
        await SendSite.Gate.AxeScan.InstallAsync(page.Context);
        await page.GotoAsync(site.Server.UrlOf("areas/kestermoor/feed.xml").ToString());
        await page.Locator("h1").WaitForAsync();

        // Chromium adds a banner of its own above an XSLT page, saying it will stop supporting XSLT: not the site's.
        var problems = await SendSite.Gate.AxeScan.RunAsync(page, "areas/kestermoor/feed.xml");
        Assert.DoesNotContain(problems, problem => !problem.Selector.Contains("xslt-warning-banner", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("<meta http-equiv=\"refresh\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaRefresh();
}
