using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// With JavaScript off (a browser context with it disabled) the page still has its <c>main</c> content:
/// scripts may improve a page, never be needed to read it.
/// </summary>
public static class NoScriptCheck
{
    private const string MainSelector = "main";

    /// <param name="context">A browser context with JavaScript disabled.</param>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IBrowserContext context, Uri url, string sitePath)
    {
        var page = await context.NewPageAsync();
        try
        {
            return await CheckAsync(page, url, sitePath);
        }
        finally
        {
            await page.CloseAsync();
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
