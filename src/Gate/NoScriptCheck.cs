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

    // The first main element and its rendered text, read in one call. Playwright's locators would find the same
    // element, but each new document then builds their engine in the page first: measured at about 140 ms of
    // Chromium's CPU a page (issue 18). They also look inside open shadow roots (a page without JavaScript can have
    // declarative ones), which querySelector does not: such a page is left to the locator (null).
    private const string ReadMainScript = """
        () => {
            if (Array.from(document.querySelectorAll('*')).some(element => element.shadowRoot)) {
                return null;
            }
            const main = document.querySelector('main');
            return { found: main !== null, text: main === null ? '' : main.innerText };
        }
        """;

    private static async Task<IReadOnlyList<GateProblem>> CheckAsync(IPage page, Uri url, string sitePath)
    {
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var main = await page.EvaluateAsync<MainContent?>(ReadMainScript) ?? await ReadWithLocatorAsync(page);
        if (!main.Found)
        {
            return [GateChecks.NoScriptContent.Problem(sitePath, MainSelector, "there is no main element when JavaScript is off")];
        }
        return string.IsNullOrWhiteSpace(main.Text)
            ? [GateChecks.NoScriptContent.Problem(sitePath, MainSelector, "the main element is empty when JavaScript is off")]
            : [];
    }

    private static async Task<MainContent> ReadWithLocatorAsync(IPage page)
    {
        var main = page.Locator(MainSelector);
        return await main.CountAsync() == 0
            ? new MainContent { Found = false }
            : new MainContent { Found = true, Text = await main.First.InnerTextAsync() };
    }

    // Settable properties: Playwright fills the result object by name.
    private sealed class MainContent
    {
        public bool Found { get; set; }
        public string Text { get; set; } = "";
    }
}
