using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Rendering.Templates;
using SendSite.Rendering.Urls;
using SendSite.Site.Addresses;
using SendSite.Site.Session;

namespace SendSite.Hosting.Preview;

/// <summary>
/// `serve` from start to stop: loads and checks input/, renders the site into memory without the accessibility
/// gate, serves it on 127.0.0.1, and follows every save. The input is held by a <see cref="SiteSession"/>, as a
/// build's is: a save of report or plan files is taken in alone (<see cref="SiteSession.Reload"/>): those files are
/// read again, the rules run again, and only the families of pages holding those files' pages or their areas' pages
/// are rendered before the browser is told to reload; the areas' other pages and the site-wide pages follow in the
/// background (<see cref="PreviewRenderer"/>). Any other change (site.yml, areas.yml, pages, layouts, the theme) reloads
/// and renders everything. Afterwards the pages that changed have their links and fragments checked (from a copy on
/// disk: fast, no browser). A save with errors keeps the last good site on show, with its errors in the terminal
/// and above every page.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private const int ListedPages = 10;

    private readonly PreviewOptions options;
    private readonly TextWriter log;
    private readonly PreviewServer server;
    private readonly ChangeWatcher watcher;
    private readonly string workFolder;
    private readonly string inputRoot;
    private readonly PreviewMirror mirror;
    private readonly CancellationTokenSource stopping = new();
    // Areas whose reports or plans changed since the site on show was rendered (more than one save when some had errors).
    private readonly HashSet<string> areasToRender = new(StringComparer.Ordinal);

    // The report and plan files saved since the last render: their pages are made before the browser reloads.
    private readonly HashSet<string> savedFiles = new(StringComparer.Ordinal);
    private Task loop = Task.CompletedTask;
    private Task checking = Task.CompletedTask;
    private SiteSession? input;
    private SiteTheme? theme;
    private TemplateRenderer? templates;
    private PreviewSnapshot? shown;
    // False while the last full load stopped at errors before it read the theme: the templates held are then from
    // before it, perhaps with a layout since removed, so the next save loads everything again too.
    private bool everythingLoaded;
    private bool renderEverything = true;
    private int builds;

    private PreviewSession(PreviewOptions options, TextWriter log, PreviewServer server)
    {
        this.options = options;
        this.log = TextWriter.Synchronized(log);
        this.server = server;
        workFolder = Directory.CreateTempSubdirectory("send-site-serve-").FullName;
        mirror = new PreviewMirror(workFolder);
        inputRoot = options.Input.Root;
        var themes = SiteTheme.ThemesFolder(options.Input);
        watcher = new ChangeWatcher(themes is null ? [options.Input.Given] : [options.Input.Given, themes]);
    }

    public Uri Address => server.BaseAddress;

    /// <summary>How many updates have finished, good or bad.</summary>
    public int BuildsFinished => Volatile.Read(ref builds);

    /// <summary>The link checks of the updates so far (tests wait on it).</summary>
    public Task Checked => Volatile.Read(ref checking);

    /// <summary>Starts the server, makes the first build, and starts watching.</summary>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var session = new PreviewSession(options, log, PreviewServer.Start(options.Port));
        session.log.WriteLine($"Previewing {options.Input.Given} at {session.Address} (not gated: `build` runs the full accessibility gate; search is not indexed).");
        try
        {
            await session.UpdateAsync(new HashSet<string>());
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        cancellationToken.ThrowIfCancellationRequested();
        session.loop = session.WatchAsync(session.stopping.Token);
        session.log.WriteLine("Watching for changes. Press Ctrl+C to stop.");
        return session;
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await watcher.NextBatchAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await UpdateAsync(changed);
        }
    }

    private async Task UpdateAsync(IReadOnlySet<string> changed)
    {
        var clock = Stopwatch.StartNew();
        // CPU time as well as wall time: on a busy machine the wall time says more about the machine than about serve.
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var images = new List<string>();
        // Until something has been shown, and after a full load that stopped at errors, every save loads everything again.
        var everything = !everythingLoaded || shown is null || changed.Count == 0;
        foreach (var path in changed)
        {
            var full = Path.GetFullPath(path);
            if (!full.StartsWith(inputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                everything = true; // the theme, or input/ itself
                continue;
            }
            var relative = Path.GetRelativePath(inputRoot, full).Replace('\\', '/');
            var kind = ChangeKinds.Of(relative, Directory.Exists(full), File.Exists(full), input?.Knows(relative) ?? false);
            everything |= kind == ChangeKind.Other;
            if (kind == ChangeKind.ReportOrPlan)
            {
                files.Add(relative);
            }
            else if (kind == ChangeKind.Image)
            {
                images.Add(relative);
            }
        }
        // A saved image changes no page's text, but its bodies are checked again (it may now be missing, too large,
        // or there at last) and their pages made again, so the browser reloads and fetches it. A report's or plan's
        // body is taken in alone; a content page or thematic report showing it needs everything.
        // So is a body that links to a saved report or plan: the page it links to may have come, gone, moved or
        // stopped being published, and the link is written from what the file publishes now.
        if (input is not null)
        {
            var linkers = files.Count > 0 ? input.LinkingTo([.. files]) : new HashSet<string>();
            var showing = images.Count > 0 ? input.ForgetImageFiles(images) : new HashSet<string>();
            foreach (var body in linkers.Concat(showing))
            {
                if (body.StartsWith(InputPaths.ReportsFolder + "/", StringComparison.Ordinal) || body.StartsWith(InputPaths.PlansFolder + "/", StringComparison.Ordinal))
                {
                    files.Add(body);
                }
                else
                {
                    everything = true;
                }
            }
        }
        if (!everything && files.Count == 0)
        {
            return; // an editor's own files, or a file that came and went
        }
        log.WriteLine(changed.Count == 0 ? "Building the preview." : $"Changed: {string.Join(", ", changed.Select(Shorten).Order(StringComparer.Ordinal).Take(ListedPages))}");
        try
        {
            if (everything)
            {
                await LoadEverythingAsync(clock, cpuAtStart);
            }
            else
            {
                await TakeInAsync(files, clock, cpuAtStart);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file caught half-saved by the editor: the next save brings another update.
            Fail([$"A file could not be read while it was being saved ({e.Message})."], clock, "");
        }
        catch (Exception e) when (SetupMistakes.Find(e) is { } mistake)
        {
            renderEverything = true;
            Fail([mistake.Message], clock, "");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else that went wrong while the pages were made (a layout that renders itself, a bug): an
            // exception here used to end the watch loop, so serve went on serving and never took in another save.
            // Said in words over the last good preview; the next save redoes everything.
            renderEverything = true;
            Fail([$"The preview could not be made: {FirstCause(e)}"], clock, "");
        }
        Interlocked.Increment(ref builds);
    }

    // Pages are made in parallel, so a failure usually arrives as an AggregateException of the same cause per page.
    private static string FirstCause(Exception e) =>
        (e is AggregateException all ? all.Flatten().InnerExceptions[0] : e).GetBaseException().Message;

    private async Task LoadEverythingAsync(Stopwatch clock, TimeSpan cpuAtStart)
    {
        everythingLoaded = false;
        input = SiteSession.Load(options.Input, BodyMode.Kept, options.Now);
        areasToRender.Clear();
        savedFiles.Clear();
        renderEverything = true;
        if (input.Content is null || input.HasErrors)
        {
            Report(input.Diagnostics, clock);
            return;
        }
        theme = SiteTheme.Find(options.Input, input.Content.Settings.Theme, out var missing);
        if (theme is null)
        {
            Fail([missing!], clock, DiagnosticPrinter.Summary(input.Diagnostics));
            return;
        }
        // Parsed templates are cached by the renderer, so a changed layout needs a new one.
        templates = theme.Templates();
        everythingLoaded = true;
        await RenderAsync(clock, cpuAtStart);
    }

    /// <summary>The pages the author is looking at after saving <paramref name="saved"/>: those files' pages and their areas' pages.</summary>
    private static HashSet<string> LookedAt(SiteModel site, IReadOnlySet<string> areas, IReadOnlySet<string> saved) =>
    [
        .. areas.Select(slug => SiteUrls.FileFor(SiteUrls.Area(slug))),
        .. site.Reports.Where(r => saved.Contains(r.Report.Source.File)).Select(r => SiteUrls.FileFor(SiteUrls.Report(r.Area.Area.Slug, r.Report.Id))),
        .. site.Plans.Where(p => saved.Contains(p.Plan.Source.File)).Select(p => SiteUrls.FileFor(SiteUrls.Plan(p.Area.Area.Slug, p.Plan.Id))),
    ];

    private async Task TakeInAsync(IReadOnlyCollection<string> files, Stopwatch clock, TimeSpan cpuAtStart)
    {
        areasToRender.UnionWith(input!.Reload(files));
        savedFiles.UnionWith(files);
        if (input.HasErrors)
        {
            Report(input.Diagnostics, clock);
            return;
        }
        await RenderAsync(clock, cpuAtStart);
    }

    private async Task RenderAsync(Stopwatch clock, TimeSpan cpuAtStart)
    {
        var checkedContent = input!;
        var checkedAt = clock.ElapsedMilliseconds;
        var site = checkedContent.Model(server.BaseAddress);
        // The bodies as they are now: later saves change the live set while the background pipelines still read this one.
        var context = new BuildContext(site, templates!, theme!.Assets, checkedContent.Bodies.Snapshot());
        var modelledAt = clock.ElapsedMilliseconds;
        PreviewSnapshot snapshot;
        string what;
        var previous = renderEverything ? null : await CompleteSiteAsync(shown);
        if (previous is null)
        {
            snapshot = PreviewRenderer.Everything(context);
            // Everything is waited for: the first time, nothing else can be shown, and a broken theme shows up here.
            await snapshot.Completion;
            what = "the whole site";
        }
        else
        {
            var areas = areasToRender.ToHashSet(StringComparer.Ordinal);
            var first = LookedAt(site, areas, savedFiles);
            snapshot = await Task.Factory.StartNew(
                () => PreviewRenderer.Update(previous, context, areas, first),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            what = $"the pages of {string.Join(", ", areas.Order(StringComparer.Ordinal))}";
        }
        shown = snapshot;
        renderEverything = false;
        areasToRender.Clear();
        savedFiles.Clear();
        server.Publish(snapshot);
        var served = clock.ElapsedMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        snapshot.Release();
        var problems = checkedContent.Diagnostics;
        DiagnosticPrinter.Print(problems, options.Input.Given, DiagnosticPrinter.Text, log);
        log.WriteLine($"Showing the update after {served} ms (CPU {cpu.TotalMilliseconds:0} ms; read and checked {checkedAt} ms of which rules {checkedContent.RulesTime.TotalMilliseconds:0} ms, model {modelledAt - checkedAt} ms, rendered {what} {served - modelledAt} ms; {DiagnosticPrinter.Summary(problems)}).");
        var areaSlugs = checkedContent.AreaSlugs;
        var before = checking;
        checking = Task.Run(() => CheckAsync(before, snapshot, checkedContent.Manifest, areaSlugs, clock));
    }

    // The site on show, complete, to update; null when there is none or part of it failed (then everything is redone).
    private static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Document>>?> CompleteSiteAsync(PreviewSnapshot? site)
    {
        if (site is null)
        {
            return null;
        }
        try
        {
            return await site.AllAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // already reported by CheckAsync
        }
    }

    // After the page is shown: the rest of the site, the published-URL promise, and the links of the pages that changed.
    private async Task CheckAsync(Task before, PreviewSnapshot snapshot, UrlManifest manifest, IReadOnlySet<string> areaSlugs, Stopwatch clock)
    {
        await before; // never faults: see below
        try
        {
            await CheckSiteAsync(snapshot, manifest, areaSlugs, clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A site-wide pipeline that failed (a broken template), or the link check's copy on disk: said in words, and
            // serve goes on; the page that needed the pipeline says it could not be made.
            Fail([$"Part of the site could not be made: {e.GetBaseException().Message}"], clock, "");
        }
    }

    private async Task CheckSiteAsync(PreviewSnapshot snapshot, UrlManifest manifest, IReadOnlySet<string> areaSlugs, Stopwatch clock)
    {
        var documents = await PreviewRenderer.DocumentsAsync(snapshot);
        var rest = clock.ElapsedMilliseconds;
        var addresses = new DiagnosticBag();
        UrlManifestCheck.Check(manifest, documents, areaSlugs, addresses);
        if (addresses.HasErrors)
        {
            DiagnosticPrinter.Print(addresses.Sorted, options.Input.Given, DiagnosticPrinter.Text, log);
            if (ReferenceEquals(shown, snapshot))
            {
                server.ShowErrors([.. addresses.Sorted.Where(d => d.Severity == Severity.Error).Select(d => $"{d}\n  how to fix: {d.Fix}")]);
            }
        }
        var (changedPages, problems) = mirror.Update(documents, "/");
        foreach (var problem in problems)
        {
            log.WriteLine($"  {problem}");
        }
        log.WriteLine($"Site complete after {rest} ms, checked after {clock.ElapsedMilliseconds} ms: {changedPages.Count} of {mirror.Pages} pages changed"
            + $"{(changedPages.Count is > 0 and <= ListedPages ? ": " + string.Join(", ", changedPages) : "")}; "
            + $"{(problems.Count == 0 ? "their links are fine" : $"{problems.Count} link problems")}.");
    }

    private void Report(IReadOnlyList<Diagnostic> problems, Stopwatch clock)
    {
        Fail([.. problems.Where(d => d.Severity == Severity.Error).Select(d => $"{d}\n  how to fix: {d.Fix}"), "The input has errors; nothing was built."],
            clock, DiagnosticPrinter.Summary(problems), problems);
    }

    private void Fail(IReadOnlyList<string> errors, Stopwatch clock, string summary, IReadOnlyList<Diagnostic>? problems = null)
    {
        server.ShowErrors(errors);
        if (problems is not null)
        {
            DiagnosticPrinter.Print(problems, options.Input.Given, DiagnosticPrinter.Text, log);
        }
        else
        {
            foreach (var error in errors)
            {
                log.WriteLine($"error: {error}");
            }
        }
        log.WriteLine($"Update failed after {clock.ElapsedMilliseconds} ms{(summary.Length > 0 ? $" ({summary})" : "")}.");
        log.WriteLine(shown is null ? "Nothing to show yet: fix the errors above and save." : "Still showing the last good version, with these errors above each page.");
    }

    private string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>Stops watching and serving, and removes every file it made.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        watcher.Dispose();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        await checking; // never faults: CheckAsync reports its own failures
        await server.DisposeAsync();
        stopping.Dispose();
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
