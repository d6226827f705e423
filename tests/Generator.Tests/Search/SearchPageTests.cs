using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Tests.Gate;

namespace SendSite.Tests.Search;

/// <summary>
/// The search page in real Chromium, over the index Pagefind built from real pages, served on 127.0.0.1: a word
/// finds its report or plan and links to the matching section; filters narrow results; the address keeps the
/// query; embargoed and draft words find nothing; and the page with results passes the gate's checks.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class SearchPageTests(ChromiumFixture browser, SearchSitesFixture sites) : IClassFixture<SearchSitesFixture>, IAsyncLifetime
{
    private const string Results = "#search-results > li";
    private readonly List<IBrowserContext> contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    private async Task<IBrowserContext> NewContextAsync(bool javaScript = true)
    {
        var context = await browser.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        contexts.Add(context);
        return context;
    }

    private async Task<IPage> OpenAsync(Uri address, bool javaScript = true)
    {
        var page = await (await NewContextAsync(javaScript)).NewPageAsync();
        await page.GotoAsync(address.ToString());
        if (javaScript)
        {
            await page.WaitForSelectorAsync("#search[data-state=ready], #search[data-state=done]");
        }
        return page;
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#search-query", query);
        await page.EvaluateAsync("() => document.getElementById('search').dataset.state = 'waiting'");
        await page.PressAsync("#search-query", "Enter");
        await page.WaitForSelectorAsync("#search[data-state=done]");
    }

    private static async Task<int> CountInStatusAsync(IPage page)
    {
        var status = await page.InnerTextAsync("#search-status");
        var match = ResultCount().Match(status);
        return match.Success ? int.Parse(match.Groups[1].Value) : 0;
    }

    [Fact]
    public async Task A_word_from_a_plan_finds_it_and_links_to_the_section_that_matched()
    {
        var page = await OpenAsync(sites.BundledSearchPage);

        await SearchAsync(page, "transport");

        Assert.Matches(ResultCount(), await page.InnerTextAsync("#search-status"));
        var section = page.Locator($"{Results} a[href$='/send-inspections/areas/calderwick/plans/2024-04-23-strategic-plan/#priority-5-reliable-school-transport']");
        Assert.Equal(1, await section.CountAsync());
        Assert.Contains("Priority 5: Reliable school transport", await section.InnerTextAsync());
        Assert.True(await page.Locator($"{Results} mark").CountAsync() > 0, "the matched words are marked in the excerpts");
        Assert.False(await page.IsVisibleAsync("#search-more"), "every result is shown, so there is no 'Show more results' button");

        await section.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/2024-04-23-strategic-plan/#priority-5-reliable-school-transport", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("#priority-5-reliable-school-transport").CountAsync());
    }

    [Fact]
    public async Task Filters_built_from_the_index_narrow_the_results_and_go_in_the_address()
    {
        var page = await OpenAsync(sites.BundledSearchPage);
        Assert.False(await page.IsVisibleAsync("#search-filter-panel"), "the filters appear with the first results, not before");

        await SearchAsync(page, "therapy");
        foreach (var legendOrSummary in new[] { "Document type", "Outcome", "Region", "Area" })
        {
            Assert.True(await page.Locator("#search-filters").GetByText(legendOrSummary, new() { Exact = true }).CountAsync() > 0, $"no {legendOrSummary} filter");
        }
        var all = await CountInStatusAsync(page);
        await page.EvaluateAsync("() => document.getElementById('search').dataset.state = 'waiting'");
        await Checkbox(page, "Full inspection").CheckAsync();
        await page.WaitForSelectorAsync("#search[data-state=done]");
        var filtered = await CountInStatusAsync(page);

        Assert.True(all > filtered && filtered > 0, $"{all} results before the filter, {filtered} after");
        foreach (var details in await page.Locator($"{Results} .app-secondary-text").AllInnerTextsAsync())
        {
            Assert.StartsWith("Full inspection,", details);
        }
        Assert.Contains("type=Full+inspection", page.Url);
        Assert.Contains("filtered by document type: Full inspection", await page.InnerTextAsync("#search-status"));
    }

    [Fact]
    public async Task The_address_keeps_the_query_so_results_can_be_shared_and_the_back_button_works()
    {
        var page = await OpenAsync(new Uri(sites.BundledSearchPage, "?q=transport"));
        await page.WaitForSelectorAsync("#search[data-state=done]");
        Assert.Equal("transport", await page.InputValueAsync("#search-query"));
        var transport = await page.InnerTextAsync("#search-status");

        await SearchAsync(page, "therapy");
        Assert.EndsWith("?q=therapy", page.Url);

        await page.EvaluateAsync("() => document.getElementById('search').dataset.state = 'waiting'");
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#search[data-state=done]");
        Assert.Equal("transport", await page.InputValueAsync("#search-query"));
        Assert.Equal(transport, await page.InnerTextAsync("#search-status"));
    }

    [Theory]
    [InlineData("Zebrafinchquorum")] // only in the bundled report under embargo
    [InlineData("Quillmarrowdraft")] // only in the bundled draft report
    public async Task Embargoed_and_draft_reports_of_the_bundled_site_are_not_in_the_index(string word)
    {
        var page = await OpenAsync(sites.BundledSearchPage);

        await SearchAsync(page, word);

        Assert.StartsWith($"No results for ‘{word}’", await page.InnerTextAsync("#search-status"));
        Assert.Equal(0, await page.Locator(Results).CountAsync());
    }

    [Fact]
    public async Task Only_published_reports_of_a_test_site_are_in_the_index()
    {
        var page = await OpenAsync(sites.SmallSearchPage);

        await SearchAsync(page, "assessments"); // in the published Northby report, and in both hidden copies of it
        Assert.Equal(1, await page.Locator(Results).CountAsync());
        Assert.EndsWith("/areas/northby/reports/2024-03-04-full-inspection/", await page.Locator($"{Results} h2 a").GetAttributeAsync("href"));

        foreach (var word in new[] { SearchSitesFixture.EmbargoedWord, SearchSitesFixture.DraftWord })
        {
            await SearchAsync(page, word);
            Assert.StartsWith($"No results for ‘{word}’", await page.InnerTextAsync("#search-status"));
            Assert.Equal(0, await page.Locator(Results).CountAsync());
        }
    }

    [Fact]
    public async Task The_page_with_results_passes_axe_and_reflow_and_the_gate_passes_the_page()
    {
        var context = await NewContextAsync();
        await AxeScan.InstallAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(sites.BundledSearchPage, "?q=therapy&area=Calderwick").ToString());
        await page.WaitForSelectorAsync("#search[data-state=done]");
        Assert.True(await page.Locator("details[open] input:checked").CountAsync() > 0, "the area filter group opens when one of its areas is ticked");

        Assert.Empty(await AxeScan.RunAsync(page, "search/index.html"));
        Assert.Empty(await ReflowCheck.RunAsync(page, "search/index.html", BrowserContextPool.Desktop));

        // The gate's own scan of the page (axe, skip link, Tab walk, 320px, no JavaScript), as the build runs it.
        await using var pool = new BrowserContextPool(browser.Chromium.Browser);
        Assert.Empty(await PageScanner.ScanAsync(pool, sites.Bundled, "send-inspections/search/index.html", deep: true, CancellationToken.None));
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_search_needs_it_and_links_to_the_list_of_areas()
    {
        var page = await OpenAsync(sites.BundledSearchPage, javaScript: false);

        Assert.False(await page.IsVisibleAsync("#search"));
        Assert.Contains("Search needs JavaScript", await page.InnerTextAsync("main"));
        var link = page.Locator("#search-without-javascript a");
        Assert.Equal("../areas/", await link.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task When_the_index_cannot_be_loaded_the_page_says_so_and_offers_the_list_of_areas()
    {
        var page = await OpenAsync(sites.SmallSearchPage);
        await page.RouteAsync("**/pagefind/pagefind.js", route => route.FulfillAsync(new() { Status = 404, Body = "Not found" }));

        await page.FillAsync("#search-query", "assessments");
        await page.PressAsync("#search-query", "Enter");
        await page.WaitForSelectorAsync("#search[data-state=error]");

        Assert.StartsWith("Search is not working at the moment", await page.InnerTextAsync("#search-status"));
        Assert.True(await page.IsVisibleAsync("#search-without-javascript a"));
        Assert.False(await page.IsVisibleAsync("#search-query"));
    }

    [GeneratedRegex(@"^(\d+) results? for")]
    private static partial Regex ResultCount();
}
