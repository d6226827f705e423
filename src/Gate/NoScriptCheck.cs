using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// With JavaScript off (a browser context with it disabled) the page still has its <c>main</c> content:
/// scripts may improve a page, never be needed to read it.
/// </summary>
public static class NoScriptCheck
{
    private const string MainSelector = "main";

    /// <summary>Loads the page in a tab of the pool's context with JavaScript off, and gives the tab back.</summary>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(BrowserContextPool contexts, Uri url, string sitePath)
    {
        var page = await contexts.RentNoScriptTabAsync();
        var finished = false;
        try
        {
            var problems = await CheckAsync(page, url, sitePath);
            finished = true;
            return problems;
        }
        finally
        {
            await contexts.ReturnNoScriptTabAsync(page, keep: finished);
        }
    }

    private static async Task<IReadOnlyList<GateProblem>> CheckAsync(IPage page, Uri url, string sitePath)
    {
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var main = page.Locator(MainSelector);
        if (await main.CountAsync() == 0)
        {
            return [GateChecks.NoScriptContent.Problem(sitePath, MainSelector, "there is no main element when JavaScript is off")];
        }
        var text = await main.First.InnerTextAsync();
        return string.IsNullOrWhiteSpace(text)
            ? [GateChecks.NoScriptContent.Problem(sitePath, MainSelector, "the main element is empty when JavaScript is off")]
            : [];
    }
}
