using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Finder;

namespace SendSite.Tests.Finder;

/// <summary>
/// The finder in real Chromium on a built site served on 127.0.0.1: typed queries find the right area, and
/// the keyboard alone reaches its page. The full gate on the finder's pages, as first loaded, runs in
/// BundledSiteTests (the bundled site has the finder on its home and areas pages); here axe also checks them
/// with the suggestions open, a state the gate never sees.
/// </summary>
public sealed class AreaFinderBrowserTests(FinderSite site) : IClassFixture<FinderSite>
{
    private async Task<FinderPage> OpenAsync(string sitePath = "")
    {
        var finder = new FinderPage(await site.NewPageAsync(), site);
        await finder.OpenAsync(sitePath);
        return finder;
    }

    [Theory]
    [InlineData("", "Southmerr", "Southmere", "southmere")]
    [InlineData("areas/", "Sotuhmere", "Southmere", "southmere")]
    [InlineData("", "Nrthby", "Northby", "northby")]
    [InlineData("", "Old Southmere", "Southmere (formerly Old Southmere)", "southmere")]
    [InlineData("", "southmere, city of", "Southmere (official name: Southmere, City of)", "southmere")]
    [InlineData("", "NHS Northby Integrated", "Northby (ICB: NHS Northby Integrated Care Board)", "northby")]
    [InlineData("areas/", "st. brannocks", "St Brannock's", "st-brannocks")]
    [InlineData("", "saint brannocks", "St Brannock's", "st-brannocks")]
    [InlineData("", "ST BRANNOCK\u2019S", "St Brannock's", "st-brannocks")]
    [InlineData("", "eveque averley", "Bishops Averley (also called Évêque Averley)", "bishops-averley")]
    [InlineData("", "Bishops Averley and District", "Bishops Averley (council: Bishops Averley & District Council)", "bishops-averley")]
    public async Task A_query_offers_the_area_first_and_the_keyboard_reaches_its_page(string startPath, string query, string firstOption, string slug)
    {
        var finder = await OpenAsync(startPath);

        await finder.TypeAsync(query);

        Assert.Equal(firstOption, (await finder.OptionsAsync())[0]);
        await finder.ChooseAsync(0, $"areas/{slug}/");
        Assert.Contains(firstOption.Split(" (")[0], await finder.Page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_former_county_offers_both_areas_it_was_split_into()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("Fellshire");

        Assert.Equal(
            ["Fellside East (formerly part of Fellshire)", "Fellside West and Furrow (formerly part of Fellshire)"],
            await finder.OptionsAsync());
        await finder.ChooseAsync(1, "areas/fellside-west-and-furrow/");
    }

    [Fact]
    public async Task A_board_shared_by_three_areas_offers_all_three()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("coldharbour");

        Assert.Equal(
            [
                "Fellside East (ICB: NHS Coldharbour and Fellside Integrated Care Board)",
                "Fellside West and Furrow (ICB: NHS Coldharbour and Fellside Integrated Care Board)",
                "St Brannock's (ICB: NHS Coldharbour and Fellside Integrated Care Board)",
            ],
            await finder.OptionsAsync());
    }

    [Fact]
    public async Task The_live_region_says_how_many_results_there_are()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("Fellshire");
        var options = await finder.OptionsAsync();

        Assert.StartsWith($"{options.Count} results are available", await finder.AnnouncementAsync());
        Assert.Equal("true", await finder.Page.Locator(FinderPage.InputSelector).GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task Enter_on_a_name_that_means_one_area_goes_there_without_choosing()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("northby");
        await finder.OptionsAsync();
        await finder.PressAndWaitForPageAsync("Enter", "areas/northby/");
    }

    [Fact]
    public async Task Enter_on_a_name_that_means_two_areas_keeps_the_suggestions()
    {
        var finder = await OpenAsync();
        var navigations = new List<string>();
        finder.Page.FrameNavigated += (_, frame) => navigations.Add(frame.Url);

        await finder.TypeAsync("Fellshire");
        await finder.OptionsAsync();
        await finder.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(2, await finder.Page.Locator(FinderPage.OptionSelector).CountAsync());
        await finder.ChooseAsync(0, "areas/fellside-east/");

        // Only the choice made after Enter changed the page.
        Assert.Equal([site.Server.UrlOf("areas/fellside-east/").ToString()], navigations);
    }

    [Fact]
    public async Task Nothing_found_says_so_in_words()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("Zzyzx");

        await Assertions.Expect(finder.Page.Locator("#area-finder__listbox .autocomplete__option--no-results")).ToContainTextAsync("No area found");
    }

    [Fact]
    public async Task Suggestions_show_names_as_text_never_as_markup()
    {
        var finder = await OpenAsync();

        await finder.TypeAsync("Bishops Averley & District");

        Assert.Equal("Bishops Averley (council: Bishops Averley & District Council)", (await finder.OptionsAsync())[0]);
        Assert.Contains("&amp;", await finder.Page.Locator(FinderPage.OptionSelector).First.InnerHTMLAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("areas/")]
    public async Task Axe_finds_nothing_with_the_suggestions_open(string sitePath)
    {
        var context = await site.Browser.NewContextAsync();
        context.SetDefaultTimeout(FinderSite.PatientTimeoutMs);
        await AxeScan.InstallAsync(context);
        var finder = new FinderPage(await context.NewPageAsync(), site);
        await finder.OpenAsync(sitePath);

        await finder.TypeAsync("Fell");
        await finder.OptionsAsync();
        await finder.Page.Keyboard.PressAsync("ArrowDown");

        Assert.Empty(await AxeScan.RunAsync(finder.Page, sitePath));
    }

    [Fact]
    public async Task Without_javascript_the_home_page_links_to_the_A_to_Z_and_shows_no_box()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Server.UrlOf("").ToString());

        Assert.True(await page.Locator("[data-area-finder]").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("input:visible").CountAsync());
        var arrived = page.WaitForURLAsync(site.Server.UrlOf("areas/").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Browse all areas from A to Z" }).ClickAsync();
        await arrived;
    }

    [Fact]
    public async Task Without_javascript_the_areas_page_lists_every_area_from_A_to_Z_then_by_region()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.Server.UrlOf("areas/").ToString());

        Assert.True(await page.Locator("[data-area-finder]").IsHiddenAsync());
        string[] all = ["Bishops Averley", "Eastwold", "Fellside East", "Fellside West and Furrow", "Northby", "Southmere", "St Brannock's"];
        var links = await page.Locator("main .app-area-list a").AllInnerTextsAsync();
        // First truly alphabetical (not grouped by region), then the same areas again by region.
        Assert.Equal(all, links.Take(all.Length));
        Assert.Equal(all, links.Skip(all.Length).Order(StringComparer.Ordinal));
        Assert.Equal(["B", "E", "F", "N", "S"], await page.Locator("main h2[id^=letter-]").AllInnerTextsAsync());
        Assert.Equal(
            ["Areas starting with B", "Areas starting with E", "Areas starting with F", "Areas starting with N", "Areas starting with S", "Areas by region"],
            (await page.Locator("main .app-letter-nav a").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal(4, await page.Locator("main h3[id^=region-]").CountAsync());
    }

    [Fact]
    public async Task The_browser_normalises_text_exactly_as_the_generator_does()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("").ToString());
        var texts = new List<string>
        {
            "Bristol, City of", "St. Helens", "Saint Helens", "Westmorland & Furness", "Stoke-on-Trent", "Évêque Averley",
            "ÀÉÎÕÜ çñ ŽŠ ǖ", "Kingston upon Hull, City of", "St Elvery\u2019s", "İstanbul", "Ærø", "Straße", "  a  b  ", "and & AND",
            "Bishops Averley & District Council", "e\u0301cole",
        };
        texts.AddRange(SampleNames());

        var browser = await page.EvaluateAsync<string[]>(
            "async ([url, texts]) => { const m = await import(url); return texts.map(m.normalise) }",
            new object[] { site.Server.UrlOf("assets/area-finder-match.js").ToString(), texts });

        Assert.Equal(texts.Select(FinderText.Normalise), browser);
    }

    [Theory]
    [InlineData("Cumbria", "Cumberland (formerly part of Cumbria)|Westmorland and Furness (formerly part of Cumbria)")]
    [InlineData("northamptonshire", "North Northamptonshire (formerly part of Northamptonshire)|West Northamptonshire (formerly part of Northamptonshire)")]
    [InlineData("Bristol, City of", "Bristol (official name: Bristol, City of)")]
    [InlineData("county durham", "Durham (official name: County Durham)")]
    [InlineData("St. Helens", "St Helens")]
    [InlineData("saint helens", "St Helens")]
    [InlineData("Kingston upon Hull, City of", "Kingston upon Hull (official name: Kingston upon Hull, City of)")]
    [InlineData("Brighton & Hove", "Brighton and Hove")]
    [InlineData("Manchestr", "Manchester")]
    public async Task At_England_size_real_name_variants_find_the_area_first(string query, string expectedFirst)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.UrlOf("").ToString());

        var results = await page.EvaluateAsync<string[]>(
            "async ([url, json, query]) => { const m = await import(url); return m.search(JSON.parse(json), query, 10).map(m.describe) }",
            new object[] { site.Server.UrlOf("assets/area-finder-match.js").ToString(), site.EnglandIndexJson, query });

        var expected = expectedFirst.Split('|');
        Assert.Equal(expected, results.Take(expected.Length));
    }

    private IEnumerable<string> SampleNames()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputFolder, "areas", "finder.json")));
        foreach (var area in json.RootElement.GetProperty(FinderIndexJson.AreasProperty).EnumerateArray())
        {
            yield return area[0].GetString()!;
            foreach (var name in area[2].EnumerateArray().Where(n => n.GetArrayLength() > 2))
            {
                yield return name[2].GetString()!;
            }
        }
    }
}
