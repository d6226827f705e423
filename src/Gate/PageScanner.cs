using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Scans one page in a tab of a pooled browser context (kept from scan to scan while they finish): axe first on
/// the untouched page, then the reflow measurement at 320px, then (for the pages chosen for it) the skip link and the
/// Tab walk; the page without JavaScript is loaded alongside, in a context of its own. The not-found page is loaded
/// from a missing address, as hosts serve it. A page that does not load, or takes too long, is a failure of that
/// page, never a crash of the gate.
/// </summary>
public static class PageScanner
{
    /// <summary>
    /// Loading the page, axe and the reflow measurement: a few seconds on an idle machine, but more than a minute has
    /// been seen on one running several test suites at once (load average 70 on 2 cores).
    /// </summary>
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// A deep scan loads the page three times and presses Tab through every link: on a list of all 153 areas
    /// of England that is hundreds of round trips, which a loaded machine cannot finish in a minute.
    /// </summary>
    private static readonly TimeSpan DeepPageTimeout = TimeSpan.FromSeconds(240);

    // Every same-site URL the page fetched, from the browser's own record of it (scripts' fetches, CSS images too).
    private const string LoadedScript = "() => performance.getEntriesByType('resource').map(entry => entry.name)";

    /// <summary>Scans one page without recording where the time went (for callers outside a gate run).</summary>
    public static async Task<IReadOnlyList<GateProblem>> ScanAsync(
        BrowserContextPool contexts, StaticSiteServer server, string sitePath, bool deep, CancellationToken cancellationToken) =>
        (await ScanAsync(contexts, server, sitePath, deep, new ScanTimings(), "", cancellationToken)).Problems;

    public static async Task<PageScan> ScanAsync(
        BrowserContextPool contexts, StaticSiteServer server, string sitePath, bool deep, ScanTimings timings, string template,
        CancellationToken cancellationToken)
    {
        var servedAt = NotFoundPage.Is(sitePath) ? NotFoundPage.ServedAt : sitePath;
        try
        {
            return await ScanInContextAsync(contexts, server, server.UrlOf(servedAt), sitePath, deep, timings, template)
                .WaitAsync(deep ? DeepPageTimeout : PageTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return PageScan.Failed(GateChecks.PageLoad.Problem(sitePath, "", $"the checks did not finish within {(deep ? DeepPageTimeout : PageTimeout).TotalSeconds:0} seconds"));
        }
        catch (PlaywrightException ex)
        {
            return PageScan.Failed(GateChecks.PageLoad.Problem(sitePath, "", $"the browser failed on this page: {ex.Message.Split('\n')[0].Trim()}"));
        }
    }

    private static async Task<PageScan> ScanInContextAsync(
        BrowserContextPool contexts, StaticSiteServer server, Uri url, string sitePath, bool deep, ScanTimings timings, string template)
    {
        var tab = await contexts.RentTabAsync();
        var finished = false;
        try
        {
            var scan = await ScanPageAsync(contexts, server, tab, url, sitePath, deep, timings, template);
            finished = scan.Finished;
            return scan;
        }
        finally
        {
            // A deep scan's tab is kept too: the next scan loads another document into it, which leaves nothing of
            // the keys pressed or the skip link followed, and the viewport is back at the desktop size. A new tab
            // costs a new renderer process, measured at 1.9 s of Chromium's CPU with its first load (issue 18).
            await contexts.ReturnTabAsync(tab, keep: finished);
        }
    }

    private static async Task<PageScan> ScanPageAsync(
        BrowserContextPool contexts, StaticSiteServer server, IPage page, Uri url, string sitePath, bool deep, ScanTimings timings, string template)
    {
        // A walked page's load without JavaScript needs nothing from this tab: it runs in the no-JavaScript context
        // while this tab loads the page, runs axe and walks it. When there are fewer pages than cores (the
        // pull-request gate opens one or two) that is a core that would otherwise wait.
        var noScript = deep ? ScanTimings.TimeAsync(() => NoScriptCheck.RunAsync(contexts, url, sitePath)) : null;
        try
        {
            return await ScanWithScriptsAsync(contexts, server, page, url, sitePath, noScript, timings, template);
        }
        finally
        {
            await Settled(noScript);
        }
    }

    /// <summary>Waits for a check whose answer may no longer be wanted (its page already failed), so its tab is given back.</summary>
    private static async Task Settled(Task? check)
    {
        if (check is null)
        {
            return;
        }
        try
        {
            await check;
        }
        catch (PlaywrightException)
        {
            // Reported already if the scan got as far as asking for it; otherwise the page's own failure is.
        }
    }

    private static async Task<PageScan> ScanWithScriptsAsync(
        BrowserContextPool contexts, StaticSiteServer server, IPage page, Uri url, string sitePath,
        Task<(IReadOnlyList<GateProblem> Problems, TimeSpan Time)>? noScript, ScanTimings timings, string template)
    {
        using var violations = CspViolations.Watch(page, server.IsGateFile);
        var (response, load) = await ScanTimings.TimeAsync(() => page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load }));
        // The not-found page is expected to come with the status 404; every other page with 200.
        var expected = NotFoundPage.Is(sitePath) ? response?.Status == NotFoundStatus : response?.Ok == true;
        if (!expected)
        {
            return PageScan.Failed(GateChecks.PageLoad.Problem(sitePath, "", $"the page answered HTTP {response?.Status.ToString() ?? "nothing"}"));
        }

        var (scanned, axeTime) = await ScanTimings.TimeAsync(() => AxeScan.RunAsync(page, sitePath, server.AxeScript));
        var axe = violations.Problems(sitePath).Concat(scanned).ToList();
        var (reflow, reflowTime) = await ScanTimings.TimeAsync(() => ReflowCheck.RunAsync(page, sitePath, BrowserContextPool.Desktop));
        var loaded = server.SitePaths(await page.EvaluateAsync<string[]>(LoadedScript));
        if (noScript is null)
        {
            timings.Add(template, load, axeTime, reflowTime, DeepCheckTimes.None);
            return new PageScan([.. axe, .. reflow], loaded, true);
        }
        var (problems, deepTimes) = await DeepChecksAsync(page, url, sitePath, noScript);
        timings.Add(template, load, axeTime, reflowTime, deepTimes);
        return new PageScan([.. axe, .. reflow, .. problems], loaded, true);
    }

    private const int NotFoundStatus = 404;

    private static async Task<(List<GateProblem> Problems, DeepCheckTimes Times)> DeepChecksAsync(
        IPage page, Uri url, string sitePath, Task<(IReadOnlyList<GateProblem> Problems, TimeSpan Time)> noScriptCheck)
    {
        var problems = new List<GateProblem>();
        var probe = await PageProbe.InstallAsync(page);
        var (skipLink, skipLinkTime) = await ScanTimings.TimeAsync(() => SkipLinkCheck.RunAsync(probe, sitePath));
        problems.AddRange(skipLink);
        var (keyboard, walkTime) = await ScanTimings.TimeAsync(() => TabWalkAsync(page, probe, url, sitePath));
        problems.AddRange(keyboard);
        var (noScript, noScriptTime) = await noScriptCheck;
        problems.AddRange(noScript);
        return (problems, new DeepCheckTimes(skipLinkTime, walkTime, noScriptTime));
    }

    private static async Task<IReadOnlyList<GateProblem>> TabWalkAsync(IPage page, PageProbe probe, Uri url, string sitePath)
    {
        // The walk starts from the top of the page the skip link was followed in, not from a new load of it: a load
        // is about a quarter of a walked page's time (issue 18).
        var keyboard = await probe.ResetFocusStartAsync() ? await KeyboardCheck.RunAsync(probe, sitePath) : null;
        if (keyboard is null || keyboard.Count > 0)
        {
            // On a machine loaded far past its cores a Tab walk has been seen to find nothing once. A real
            // keyboard problem is in the markup and shows again on a fresh load, so only a repeat is reported.
            // The address is loaded rather than reloaded: following the skip link left #main-content in it, and a
            // reload would start the walk at the main content, past the header's links.
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            keyboard = await KeyboardCheck.RunAsync(await PageProbe.InstallAsync(page), sitePath);
        }
        return keyboard;
    }
}
