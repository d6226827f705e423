using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SendSite.Tests.Search;

/// <summary>
/// Search on a phone and its filters (issue 16 point 4, issue 13's framework filter), on the bundled site: the
/// filters fold behind a button at 320px, every value shows its count, outcomes come best to worst, national
/// reports and the 2016-2022 history are indexed with types of their own, and print-only text and citations
/// never reach an excerpt.
/// </summary>
public sealed partial class SearchPageTests
{
    /// <summary>A filter's checkbox by its value: its name is the value and, after it, the count in brackets.</summary>
    private static ILocator Checkbox(IPage page, string value) =>
        page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(value)} \\(\\d+\\)$") });

    private async Task<IPage> OpenAtAsync(Uri address, int width, int height)
    {
        var context = await browser.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address.ToString());
        await page.WaitForSelectorAsync("#search[data-state=ready], #search[data-state=done]");
        return page;
    }

    private static async Task<List<string>> ValuesOf(IPage page, string key) =>
        [.. await page.Locator($"#search-filters input[name='{key}']").EvaluateAllAsync<string[]>("boxes => boxes.map(box => box.value)")];

    [Fact]
    public async Task At_320px_the_filters_fold_behind_a_button_that_opens_them_from_the_keyboard_and_says_how_many_are_chosen()
    {
        var page = await OpenAtAsync(sites.BundledSearchPage, 320, 640);
        await SearchAsync(page, "therapy");

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Filter results" });
        Assert.True(await toggle.IsVisibleAsync(), "no filter button at 320px");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.IsVisibleAsync("#search-filter-panel"));
        // Only the button sits between the count and the first result, not a screen of checkboxes.
        var count = await page.Locator("#search-status").BoundingBoxAsync();
        var firstResult = await page.Locator(Results).First.BoundingBoxAsync();
        var gap = firstResult!.Y - (count!.Y + count.Height);
        Assert.True(gap < 120, $"{gap}px between the count and the first result");

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.IsVisibleAsync("#search-filter-panel"));
        await page.EvaluateAsync("() => document.getElementById('search').dataset.state = 'waiting'");
        await Checkbox(page, "Full inspection").CheckAsync();
        await page.WaitForSelectorAsync("#search[data-state=done]");
        Assert.Equal("Filter results (1 chosen)", (await toggle.InnerTextAsync()).Trim());

        await toggle.ClickAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.IsVisibleAsync("#search-filter-panel"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_are_open_with_no_button_and_every_value_has_its_count()
    {
        var page = await OpenAtAsync(sites.BundledSearchPage, 1280, 800);
        await SearchAsync(page, "therapy");

        Assert.False(await page.IsVisibleAsync("#search-filter-toggle"));
        Assert.True(await page.IsVisibleAsync("#search-filter-panel"));
        // Text, not what is shown: the area group starts folded.
        var labels = await page.Locator("#search-filters .govuk-checkboxes__label").EvaluateAllAsync<string[]>("labels => labels.map(label => label.textContent)");
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Matches(@" \(\d+\)$", label));
    }

    [Fact]
    public async Task Outcomes_are_listed_best_to_worst_and_frameworks_newest_first()
    {
        var page = await OpenAtAsync(sites.BundledSearchPage, 1280, 800);
        await SearchAsync(page, "therapy");

        string[] severity = ["Typically positive experiences and outcomes", "Inconsistent experiences and outcomes", "Widespread and/or systemic failings"];
        var outcomes = await ValuesOf(page, "outcome");
        Assert.True(outcomes.Count >= 2, "the bundled site should have several outcomes");
        Assert.Equal(severity.Where(outcomes.Contains), outcomes);
        Assert.Equal(["2023 framework", "2016 to 2022 framework"], await ValuesOf(page, "framework"));
    }

    [Fact]
    public async Task The_framework_filter_finds_the_2016_to_2022_history_on_its_own()
    {
        var page = await OpenAsync(new Uri(sites.BundledSearchPage, "?q=written+statement+of+action&framework=2016+to+2022+framework"));
        await page.WaitForSelectorAsync("#search[data-state=done]");

        Assert.True(await CountInStatusAsync(page) > 0, await page.InnerTextAsync("#search-status"));
        foreach (var details in await page.Locator($"{Results} .app-secondary-text").AllInnerTextsAsync())
        {
            Assert.StartsWith("Inspection under the 2016 to 2022 framework,", details);
        }
        var titles = await page.Locator($"{Results} h2 a").AllInnerTextsAsync();
        Assert.All(titles, title => Assert.EndsWith(": inspections under the 2016 to 2022 framework", title));
        Assert.All(await page.Locator($"{Results} h2 a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"),
            href => Assert.Matches(@"/areas/[a-z-]+/$", href));
    }

    [Fact]
    public async Task A_national_report_is_found_with_its_own_type()
    {
        var page = await OpenAsync(new Uri(sites.BundledSearchPage, "?q=alternative+provision&type=National+thematic+report"));
        await page.WaitForSelectorAsync("#search[data-state=done]");

        Assert.Equal(1, await CountInStatusAsync(page));
        Assert.Equal("National thematic report, published 5 June 2025", await page.Locator($"{Results} .app-secondary-text").InnerTextAsync());
        Assert.EndsWith("/thematic/2025-06-05-alternative-provision/", await page.Locator($"{Results} h2 a").GetAttributeAsync("href"));
    }

    [Theory]
    [InlineData("permanent address", "Permanent address")]
    [InlineData("cite this report", "Cite this report")]
    public async Task Print_only_text_and_citations_are_not_in_the_excerpts(string query, string leftOut)
    {
        var page = await OpenAsync(sites.BundledSearchPage);
        await SearchAsync(page, query);

        Assert.All(await page.Locator($"{Results} .app-search__excerpt").AllInnerTextsAsync(),
            text => Assert.DoesNotContain(leftOut, text, StringComparison.OrdinalIgnoreCase));
    }
}
