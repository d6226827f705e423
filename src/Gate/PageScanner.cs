using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Scans one page in a tab of a pooled browser context (kept between plain axe scans, fresh for deep ones): axe first on the untouched page, then
/// (for the pages chosen for it) the skip link, the Tab walk, reflow at 320px and the page without JavaScript.
/// A page that does not load, or takes too long, is a failure of that page, never a crash of the gate.
/// </summary>
public static class PageScanner
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A deep scan loads the page four times and presses Tab through every link: on a list of all 153 areas
    /// of England that is hundreds of round trips, which a loaded machine cannot finish in a minute.
    /// </summary>
    private static readonly TimeSpan DeepPageTimeout = TimeSpan.FromSeconds(240);

    /// <summary>Scans one page without recording where the time went (for callers outside a gate run).</summary>
    public static Task<IReadOnlyList<GateProblem>> ScanAsync(
        BrowserContextPool contexts, StaticSiteServer server, string sitePath, bool deep, CancellationToken cancellationToken) =>
        ScanAsync(contexts, server, sitePath, deep, new ScanTimings(), "", cancellationToken);

    public static async Task<IReadOnlyList<GateProblem>> ScanAsync(
        BrowserContextPool contexts, StaticSiteServer server, string sitePath, bool deep, ScanTimings timings, string template,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ScanInContextAsync(contexts, server.UrlOf(sitePath), sitePath, deep, timings, template).WaitAsync(deep ? DeepPageTimeout : PageTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return [GateChecks.PageLoad.Problem(sitePath, "", $"the checks did not finish within {(deep ? DeepPageTimeout : PageTimeout).TotalSeconds:0} seconds")];
        }
        catch (PlaywrightException ex)
        {
            return [GateChecks.PageLoad.Problem(sitePath, "", $"the browser failed on this page: {ex.Message.Split('\n')[0].Trim()}")];
        }
    }

    private static async Task<IReadOnlyList<GateProblem>> ScanInContextAsync(
        BrowserContextPool contexts, Uri url, string sitePath, bool deep, ScanTimings timings, string template)
    {
        var tab = await contexts.RentTabAsync();
        var finished = false;
        try
        {
            var problems = await ScanPageAsync(contexts, tab, url, sitePath, deep, timings, template);
            finished = true;
            return problems;
        }
        finally
        {
            await contexts.ReturnTabAsync(tab, keep: finished && !deep);
        }
    }

    private static async Task<IReadOnlyList<GateProblem>> ScanPageAsync(
        BrowserContextPool contexts, IPage page, Uri url, string sitePath, bool deep, ScanTimings timings, string template)
    {
        using var violations = CspViolations.Watch(page);
        var (response, load) = await ScanTimings.TimeAsync(() => page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load }));
        if (response is null || !response.Ok)
        {
            return [GateChecks.PageLoad.Problem(sitePath, "", $"the page answered HTTP {response?.Status.ToString() ?? "nothing"}")];
        }

        var (scanned, axeTime) = await ScanTimings.TimeAsync(() => AxeScan.RunAsync(page, sitePath));
        var axe = violations.Problems(sitePath).Concat(scanned).ToList();
        if (!deep)
        {
            timings.Add(template, load, axeTime, TimeSpan.Zero);
            return axe;
        }
        var (problems, deepTime) = await ScanTimings.TimeAsync(() => DeepChecksAsync(contexts, page, url, sitePath));
        timings.Add(template, load, axeTime, deepTime);
        return [.. axe, .. problems];
    }

    private static async Task<List<GateProblem>> DeepChecksAsync(BrowserContextPool contexts, IPage page, Uri url, string sitePath)
    {
        var problems = new List<GateProblem>();
        problems.AddRange(await SkipLinkCheck.RunAsync(await PageProbe.InstallAsync(page), sitePath));
        // Load the address again rather than reloading: following the skip link left #main-content in the
        // address, and a reload would then start the Tab walk at the main content, past the header's links.
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var keyboard = await KeyboardCheck.RunAsync(await PageProbe.InstallAsync(page), sitePath);
        if (keyboard.Count > 0)
        {
            // On a machine loaded far past its cores a Tab walk has been seen to find nothing once. A real
            // keyboard problem is in the markup and shows again on a fresh load, so only a repeat is reported.
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            keyboard = await KeyboardCheck.RunAsync(await PageProbe.InstallAsync(page), sitePath);
        }
        problems.AddRange(keyboard);
        problems.AddRange(await ReflowCheck.RunAsync(page, sitePath));
        problems.AddRange(await NoScriptCheck.RunAsync(await contexts.NoScriptAsync(), url, sitePath));
        return problems;
    }
}
