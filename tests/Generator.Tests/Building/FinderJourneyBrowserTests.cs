using Microsoft.Playwright;
using SendSite.Tests.Gate;
using Xunit.Abstractions;

namespace SendSite.Tests.Building;

/// <summary>
/// The journeys of issue 16 on the bundled sample site, with the keyboard only, in real Chromium: a misspelt,
/// spaced or suffixed name, or a district council's name, then Enter, reaches the right area; a name that
/// means several areas says to choose; and without JavaScript every area is under 15 key presses from home.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class FinderJourneyBrowserTests(ChromiumFixture chromium, BundledSiteServed site, ITestOutputHelper output) : IClassFixture<BundledSiteServed>
{
    private const string Input = "#area-finder";
    private const int MaxPresses = 14;

    [Theory]
    [InlineData("kestermor", "kestermoor")]
    [InlineData("grey water", "greywater")]
    [InlineData("Kestamoor", "kestermoor")]
    [InlineData("hollinmere mbc", "hollinmere")]
    [InlineData("Tallowford City Council", "tallowford")]
    [InlineData("Brackenfold", "calderwick")]
    [InlineData("Ousemere District Council", "calderwick")]
    [InlineData("Wrexfield", "mardenholt")]
    public async Task Typing_a_name_and_pressing_Enter_reaches_the_area(string typed, string slug)
    {
        var page = await OpenFinderAsync(320, 640);

        await page.Keyboard.TypeAsync(typed);
        await page.Locator("#area-finder__listbox [role=option]").First.WaitForAsync();
        var arrived = page.WaitForURLAsync(site.Server.UrlOf($"areas/{slug}/").ToString());
        await page.Keyboard.PressAsync("Enter");
        await arrived;

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enter_on_a_name_that_means_two_areas_says_to_choose_from_the_list()
    {
        var page = await OpenFinderAsync(320, 640);

        await page.Keyboard.TypeAsync("harrowdene");
        await page.Locator("#area-finder__listbox [role=option]").Nth(1).WaitForAsync();
        await page.Keyboard.PressAsync("Enter");

        var message = page.Locator("[data-area-finder-message]");
        await Assertions.Expect(message).ToHaveTextAsync("2 areas match. Use the down arrow to choose one from the list, then press Enter.");
        Assert.Equal("status", await message.GetAttributeAsync("role"));
        Assert.EndsWith("/", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_every_area_is_under_15_key_presses_from_the_home_page()
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, 320, 640, javaScript: false);
        var counts = new List<string>();
        foreach (var slug in site.AreaSlugs())
        {
            var presses = await PressesToReachAsync(page, slug);
            counts.Add($"{slug}: {presses}");
            Assert.True(presses <= MaxPresses, $"{slug} took {presses} key presses: " + string.Join(", ", counts));
        }
        output.WriteLine("Key presses from the home page without JavaScript: " + string.Join(", ", counts));
        await page.Context.CloseAsync();
    }

    // Skip link, then Tab to the run of letters holding the area, Enter, Tab to the area, Enter: the way a
    // keyboard user goes, each press counted, and the page reached checked.
    private async Task<int> PressesToReachAsync(IPage page, string slug)
    {
        await page.GotoAsync(site.Server.UrlOf("").ToString());
        var name = await AreaNameAsync(page, slug);
        var presses = 0;
        presses++;
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await FocusedTextAsync(page));
        presses++;
        await page.Keyboard.PressAsync("Enter");
        string? run = null;
        while (presses < 40)
        {
            presses++;
            await page.Keyboard.PressAsync("Tab");
            var text = await FocusedTextAsync(page);
            if (text.StartsWith("Areas ", StringComparison.Ordinal) && Covers(text["Areas ".Length..], name))
            {
                run = text;
                break;
            }
        }
        Assert.True(run is not null, $"No run of letters on the home page covers {name}");
        var loaded = page.WaitForURLAsync(url => url.Contains("/areas/#letter-", StringComparison.Ordinal) || url.Contains("/areas/#area-", StringComparison.Ordinal));
        presses++;
        await page.Keyboard.PressAsync("Enter");
        await loaded;
        while (presses < 40)
        {
            presses++;
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')") is { } href && href.TrimEnd('/').EndsWith(slug, StringComparison.Ordinal))
            {
                break;
            }
        }
        var arrived = page.WaitForURLAsync(site.Server.UrlOf($"areas/{slug}/").ToString());
        presses++;
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        return presses;
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement.textContent || '').trim().replace(/\\s+/g, ' ')");

    // "Calderwick to Greywater" covers Calderwick, Greywater and every name between them.
    private static bool Covers(string run, string name)
    {
        var ends = run.Split(" to ");
        return string.CompareOrdinal(name, ends[0]) >= 0 && string.CompareOrdinal(name, ends[^1]) <= 0;
    }

    private async Task<string> AreaNameAsync(IPage page, string slug)
    {
        var json = await page.EvaluateAsync<string>("async url => (await fetch(url)).text()", site.Server.UrlOf("areas/finder.json").ToString());
        using var index = System.Text.Json.JsonDocument.Parse(json);
        return index.RootElement.GetProperty("areas").EnumerateArray()
            .First(area => area[1].GetString() == $"areas/{slug}/")[0].GetString()!;
    }

    private async Task<IPage> OpenFinderAsync(int width, int height)
    {
        var page = await site.NewPageAsync(chromium.Chromium.Browser, width, height);
        await page.GotoAsync(site.Server.UrlOf("").ToString());
        await page.Locator(Input).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        for (var presses = 0; presses < 20 && !await page.Locator(Input).EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await page.Locator(Input).EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the finder's box");
        return page;
    }
}
