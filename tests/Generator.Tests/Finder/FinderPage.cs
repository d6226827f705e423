using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SendSite.Tests.Finder;

/// <summary>What a person does with the finder on one page, through the keyboard only.</summary>
public sealed partial class FinderPage(IPage page, FinderSite site)
{
    public const string InputSelector = "#area-finder";
    public const string OptionSelector = "#area-finder__listbox [role=option]:not([aria-disabled=true])";
    public const string StatusSelector = ".autocomplete__status";

    public IPage Page => page;

    public async Task OpenAsync(string sitePath = "")
    {
        await page.GotoAsync(site.Server.UrlOf(sitePath).ToString());
        await page.Locator(InputSelector).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    /// <summary>Focuses the box with Tab, as a keyboard user would, then types key by key.</summary>
    public async Task TypeAsync(string query)
    {
        for (var presses = 0; presses < 40 && !await page.Locator(InputSelector).EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await page.Locator(InputSelector).EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the finder's box");
        await page.Keyboard.TypeAsync(query);
    }

    /// <summary>The suggestions once they are shown, as their text.</summary>
    public async Task<IReadOnlyList<string>> OptionsAsync()
    {
        await page.Locator(OptionSelector).First.WaitForAsync();
        return [.. (await page.Locator(OptionSelector).AllInnerTextsAsync()).Select(t => t.Trim())];
    }

    /// <summary>Arrow down to the suggestion at <paramref name="index"/>, press Enter, and wait for the page it opens.</summary>
    public async Task ChooseAsync(int index, string expectedSitePath)
    {
        for (var step = 0; step <= index; step++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        await PressAndWaitForPageAsync("Enter", expectedSitePath);
    }

    /// <summary>
    /// Presses a key and waits for the page it opens. The wait starts before the key is pressed: started after,
    /// it can miss a navigation that is already under way (seen on the first test of a run, in a cold process).
    /// </summary>
    public async Task PressAndWaitForPageAsync(string key, string expectedSitePath)
    {
        var arrived = page.WaitForURLAsync(site.Server.UrlOf(expectedSitePath).ToString());
        await page.Keyboard.PressAsync(key);
        await arrived;
    }

    /// <summary>The live region's announcement, once the component has said it (it waits before speaking).</summary>
    public async Task<string> AnnouncementAsync()
    {
        var status = page.Locator(StatusSelector).Filter(new LocatorFilterOptions { HasTextRegex = Announcement() });
        await status.First.WaitForAsync();
        return (await status.First.InnerTextAsync()).Trim();
    }

    [GeneratedRegex(@"\d+ results? (is|are) available")]
    public static partial Regex Announcement();
}
