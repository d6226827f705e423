using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendSite.Gate;

/// <summary>
/// The accessibility gate: serves a built site on 127.0.0.1 and scans its pages in Chromium (axe plus the
/// checks axe cannot make), checks every internal link without a browser and validates the HTML with the Nu
/// Html Checker. Zero problems passes; the reviewed exceptions file is the only way to accept one.
/// </summary>
public static class AccessibilityGate
{
    /// <summary>
    /// Runs the gate in a browser of its own, started only if at least one page has to be opened (not when every
    /// result comes from the cache). <c>build</c> calls this on its staging folder.
    /// </summary>
    public static async Task<GateResult> RunAsync(GateOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        await using var browser = BrowserOnDemand.Launching();
        return await RunAsync(options, log, browser, cancellationToken);
    }

    /// <summary>Runs the gate in a browser the caller shares between runs (the tests do, to stay fast).</summary>
    public static async Task<GateResult> RunAsync(
        GateOptions options, TextWriter log, ChromiumLauncher chromium, CancellationToken cancellationToken = default)
    {
        await using var browser = BrowserOnDemand.Sharing(chromium);
        return await RunAsync(options, log, browser, cancellationToken);
    }

    /// <summary>Runs the gate with the browser started, if at all, by <paramref name="browser"/>.</summary>
    internal static async Task<GateResult> RunAsync(
        GateOptions options, TextWriter log, BrowserOnDemand browser, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(options.SiteDirectory))
        {
            return Finish(options, log, [GateChecks.Setup.Problem("", "", $"the site folder {options.SiteDirectory} does not exist")],
                GateRun.Nothing, AcceptedProblems.None);
        }

        AcceptedProblems exceptions;
        try
        {
            exceptions = AcceptedProblems.Load(options.ExceptionsFile);
        }
        catch (GateSetupException ex)
        {
            return Finish(options, log, [GateChecks.Setup.Problem("", "", ex.Message)], GateRun.Nothing, AcceptedProblems.None);
        }

        if (options.ChangedFrom is { } baseBuild && !Directory.Exists(baseBuild))
        {
            return Finish(options, log, [GateChecks.Setup.Problem("", "", $"the earlier build to compare with, {baseBuild}, does not exist")],
                GateRun.Nothing, AcceptedProblems.None);
        }

        if (options.ChangedFrom is not null)
        {
            // A pull request that changes input/ changes at least one page, so its gate opens one: Chromium starts
            // now, while the pages are read and compared with the base build, not once that is done (issue 18).
            _ = browser.GetAsync();
        }
        var cache = GateCache.Open(options.CacheDirectory, options.SiteDirectory,
            GateFingerprint.Compute(exceptions.Source.Length == 0 ? null : exceptions.Source), HtmlValidator.Version());
        var inventory = SiteInventory.Read(options.SiteDirectory, cache);
        var selection = Select(options, inventory, log);
        var problems = new ConcurrentBag<GateProblem>();
        foreach (var unknown in selection.Unknown)
        {
            problems.Add(GateChecks.PageLoad.Problem(unknown, "", "this page was asked for but is not in the site"));
        }
        if (inventory.Count == 0)
        {
            problems.Add(GateChecks.PageLoad.Problem("", "", $"no HTML pages found in {options.SiteDirectory}"));
        }

        // Pages in a folder still being written are looked up and opened last, once it is written.
        var later = options.StillWriting is { } writing ? selection.AxePages.Where(writing.Holds).ToList() : [];
        var toOpen = FromCache(selection, selection.AxePages.Except(later), cache, problems);
        var templates = inventory.Select(page => page.Template.Length == 0 ? "(none)" : page.Template).Distinct().Order(StringComparer.Ordinal);
        log.WriteLine($"gate: scanning {selection.AxePages.Count} of {inventory.Count} pages with axe and reflow, " +
            $"{selection.DeepPages.Count} also with the Tab walk, skip link and no-JavaScript checks, one for each structure of page " +
            $"(templates: {string.Join(", ", templates)}); {options.Parallelism} at a time");
        if (cache.IsEnabled)
        {
            log.WriteLine($"gate: {selection.AxePages.Count - later.Count - toOpen.Count} pages from the cache in {options.CacheDirectory}, {toOpen.Count} to open in the browser" +
                (later.Count > 0 ? $", {later.Count} to look up once {options.StillWriting!.Folder} is written" : ""));
        }

        if (toOpen.Count > 0)
        {
            _ = browser.GetAsync(); // Chromium starts while the links are checked; its failure is met when a page opens
        }

        // The validator's JVM starts while the browser works; its answer is collected at the end.
        var wholeSite = options.OnlyPages is null && options.ChangedFrom is null;
        var htmlTargets = wholeSite ? SiteInventory.HtmlFiles(options.SiteDirectory) : selection.AxePages;
        var htmlToCheck = HtmlFromCache(htmlTargets, cache, problems);
        var validation = htmlToCheck.Count == 0
            ? Task.FromResult<IReadOnlyList<GateProblem>>([])
            : HtmlValidator.RunAsync(options.SiteDirectory, wholeSite && htmlToCheck.Count == htmlTargets.Count ? null : htmlToCheck, cancellationToken);

        foreach (var problem in LinkCheck.Run(options.SiteDirectory, inventory, options.BasePath))
        {
            problems.Add(problem);
        }

        var byPath = inventory.ToDictionary(page => page.Path, StringComparer.Ordinal);
        var timings = new ScanTimings();
        var browserTime = await OpenAsync(toOpen, options, log, browser, selection, byPath, cache, timings, problems, cancellationToken);
        if (later.Count > 0)
        {
            await options.StillWriting!.WaitAsync();
            var laterToOpen = FromCache(selection, later, cache, problems);
            browserTime += await OpenAsync(laterToOpen, options, log, browser, selection, byPath, cache, timings, problems, cancellationToken);
            toOpen.AddRange(laterToOpen);
        }
        if (toOpen.Count == 0)
        {
            log.WriteLine(browser.Started ? "gate: no page needs opening" : "gate: no page needs opening, so the browser is not started");
        }
        timings.Print(log);

        try
        {
            var found = await validation;
            foreach (var problem in found)
            {
                problems.Add(problem);
            }
            foreach (var file in htmlToCheck)
            {
                cache.KeepHtml(file, [.. found.Where(problem => problem.Page == file)]);
            }
        }
        catch (GateSetupException ex)
        {
            problems.Add(GateChecks.Setup.Problem("", "", ex.Message));
        }

        if (wholeSite && cache.IsEnabled)
        {
            cache.Prune();
        }
        var opened = new GateRun(selection.AxePages, toOpen.Count, browserTime, selection.Walks);
        return Finish(options, log, problems, opened, exceptions);
    }

    /// <summary>Opens <paramref name="pages"/> in the browser, started on the first call that has any; returns the time it took.</summary>
    private static async Task<TimeSpan> OpenAsync(
        List<string> pages, GateOptions options, TextWriter log, BrowserOnDemand browser, PageSelection selection,
        IReadOnlyDictionary<string, SitePage> byPath, GateCache cache, ScanTimings timings, ConcurrentBag<GateProblem> problems,
        CancellationToken cancellationToken)
    {
        if (pages.Count == 0)
        {
            return TimeSpan.Zero;
        }
        try
        {
            var chromium = await browser.GetAsync();
            log.WriteLine($"gate: the browser is running; opening {pages.Count} pages");
            return await ScanPagesAsync(options, log, chromium, selection with { AxePages = pages }, byPath, cache, timings, problems, cancellationToken);
        }
        catch (GateSetupException ex)
        {
            problems.Add(GateChecks.Setup.Problem("", "", ex.Message));
            return TimeSpan.Zero;
        }
    }

    /// <summary>Adds the kept results of those of <paramref name="pages"/> whose bytes, and whose loaded files' bytes, are unchanged; returns the rest.</summary>
    private static List<string> FromCache(PageSelection selection, IEnumerable<string> pages, GateCache cache, ConcurrentBag<GateProblem> problems)
    {
        var toOpen = new List<string>();
        foreach (var page in pages)
        {
            if (cache.FindScan(page, selection.DeepPages.Contains(page)) is { } kept)
            {
                foreach (var problem in kept)
                {
                    problems.Add(problem);
                }
            }
            else
            {
                toOpen.Add(page);
            }
        }
        return toOpen;
    }

    private static List<string> HtmlFromCache(IReadOnlyList<string> files, GateCache cache, ConcurrentBag<GateProblem> problems)
    {
        var toCheck = new List<string>();
        foreach (var file in files)
        {
            if (cache.FindHtml(file) is { } kept)
            {
                foreach (var problem in kept)
                {
                    problems.Add(problem);
                }
            }
            else
            {
                toCheck.Add(file);
            }
        }
        return toCheck;
    }

    /// <summary>Every page, the pages asked for by name, or (pull-request mode) the pages that changed.</summary>
    private static PageSelection Select(GateOptions options, IReadOnlyList<SitePage> inventory, TextWriter log)
    {
        if (options.ChangedFrom is null)
        {
            return PageSelection.Choose(inventory, options.OnlyPages);
        }
        var changed = ChangedPages.Find(options.SiteDirectory, options.ChangedFrom, inventory, options.BasePath);
        log.WriteLine($"gate: {changed.Count} pages are new or differ from {options.ChangedFrom}" +
            (changed.Count is > 0 and <= PageSelection.FewPages ? $": {string.Join(", ", changed)}" : ""));
        var asked = (options.OnlyPages ?? []).Select(PageSelection.Normalise);
        return PageSelection.ChooseChanged(inventory, [.. changed.Concat(asked)]);
    }

    private static async Task<TimeSpan> ScanPagesAsync(
        GateOptions options, TextWriter log, ChromiumLauncher chromium, PageSelection selection,
        IReadOnlyDictionary<string, SitePage> pages, GateCache cache, ScanTimings timings, ConcurrentBag<GateProblem> problems,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var progress = new ScanProgress(log, selection.AxePages.Count, clock);
        await using var server = StaticSiteServer.Start(options.SiteDirectory, options.BasePath);
        await using var contexts = new BrowserContextPool(chromium.Browser);
        // Deep pages take longest: start them first so they do not trail at the end.
        var ordered = selection.AxePages.OrderBy(page => selection.DeepPages.Contains(page) ? 0 : 1).ToList();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Parallelism),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(ordered, parallel, async (path, token) =>
        {
            var deep = selection.DeepPages.Contains(path);
            var page = pages[path];
            var scan = await PageScanner.ScanAsync(contexts, server, path, deep, timings, page.Template, token);
            foreach (var problem in scan.Problems)
            {
                problems.Add(problem);
            }
            if (scan.Finished)
            {
                // What the markup names counts too: a stylesheet the browser had cached from another page is not in
                // this page's own record of what it fetched.
                var named = PageSubresources.Of(options.SiteDirectory, page, options.BasePath).Select(file => "/" + file);
                cache.KeepScan(path, deep, scan.Loaded.Concat(named), scan.Problems);
            }
            progress.PageDone();
        });
        return clock.Elapsed;
    }

    private static GateResult Finish(
        GateOptions options, TextWriter log, IEnumerable<GateProblem> found, GateRun run, AcceptedProblems exceptions)
    {
        var sorted = found.Distinct().Order(GateProblem.Order).ToList();
        var excepted = sorted.Where(exceptions.Covers).ToList();
        var result = new GateResult([.. sorted.Where(problem => !exceptions.Covers(problem))], excepted, run.Pages, run.BrowserTime)
        {
            PagesOpened = run.Opened,
            Walks = run.Walks,
        };

        foreach (var unused in exceptions.Unused(excepted))
        {
            log.WriteLine($"gate: warning: the exception for {unused.Rule} at {unused.Selector} in {exceptions.Source} matched nothing; remove it if the problem is fixed");
        }
        foreach (var problem in result.Problems)
        {
            log.WriteLine(problem.ToString());
        }
        GateReportWriter.Write(options.ReportDirectory, result);
        log.WriteLine(result.Passed
            ? $"gate: passed: {run.Pages.Count} pages, no problems ({excepted.Count} allowed by exceptions)"
            : $"gate: FAILED: {result.Problems.Count} problems");
        log.WriteLine($"gate: {run.Pages.Count} pages checked, {run.Opened} of them opened in the browser in {run.BrowserTime.TotalSeconds:0.0} s, " +
            $"{result.PagesPerSecond:0.0} pages/s; report in {options.ReportDirectory}");
        return result;
    }
}
