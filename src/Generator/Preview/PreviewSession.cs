using System.Diagnostics;
using SendSite.Building;
using SendSite.Diagnostics;
using SendSite.Gate;

namespace SendSite.Preview;

/// <summary>
/// `serve` from start to stop: builds input/ without the accessibility gate into a private folder, serves it on
/// 127.0.0.1, and rebuilds whenever input/ or the themes change. After each rebuild it checks the pages that
/// changed (every link and #fragment on them, from the files: fast, no browser) and tells the browser to reload.
/// A failed rebuild keeps the last good build on show, with its errors in the terminal and above every page.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private const int ListedPages = 10;

    private readonly PreviewOptions options;
    private readonly TextWriter log;
    private readonly PreviewServer server;
    private readonly ChangeWatcher watcher;
    private readonly string workFolder;
    private readonly CancellationTokenSource stopping = new();
    private Task loop = Task.CompletedTask;
    private IReadOnlyDictionary<string, string> pages = new Dictionary<string, string>();
    private readonly Dictionary<string, SitePage> inventory = new(StringComparer.Ordinal);
    private string? currentBuild;
    private int builds;

    private PreviewSession(PreviewOptions options, TextWriter log, PreviewServer server)
    {
        this.options = options;
        this.log = TextWriter.Synchronized(log);
        this.server = server;
        workFolder = Directory.CreateTempSubdirectory("send-site-serve-").FullName;
        var themes = ProjectFolders.Find("themes", options.InputFolder, Directory.GetCurrentDirectory());
        watcher = new ChangeWatcher(themes is null ? [options.InputFolder] : [options.InputFolder, themes]);
    }

    public Uri Address => server.BaseAddress;

    /// <summary>How many builds have finished, good or bad (tests wait on it).</summary>
    public int BuildsFinished => Volatile.Read(ref builds);

    /// <summary>Starts the server, makes the first build, and starts watching.</summary>
    public static async Task<PreviewSession> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var session = new PreviewSession(options, log, PreviewServer.Start(options.Port));
        session.log.WriteLine($"Previewing {options.InputFolder} at {session.Address} (not gated: `build` runs the full accessibility gate).");
        try
        {
            await session.RebuildAsync(new HashSet<string>(), cancellationToken);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
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
            await RebuildAsync(changed, cancellationToken);
        }
    }

    private async Task RebuildAsync(IReadOnlySet<string> changed, CancellationToken cancellationToken)
    {
        // Editors' and tools' own temporary files (hidden, or gone without an extension) are not worth naming.
        var named = changed.Where(path => !Path.GetFileName(path).StartsWith('.') && (Path.Exists(path) || Path.HasExtension(path))).ToList();
        if (named.Count > 0)
        {
            log.WriteLine($"Changed: {string.Join(", ", named.Select(Shorten).Order(StringComparer.Ordinal).Take(ListedPages))}");
        }
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(workFolder, $"build-{builds + 1}");
        BuildResult result;
        try
        {
            var build = new BuildOptions(options.InputFolder, folder, options.Now) { RunGate = false, BaseUrl = server.BaseAddress };
            result = await SiteGenerator.BuildAsync(build, TextWriter.Null, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file caught half-saved by the editor: the next save triggers another rebuild.
            result = new BuildResult(false, [], $"A file could not be read while it was being saved ({e.Message}).");
        }
        DiagnosticPrinter.Print(result.Diagnostics, options.InputFolder, DiagnosticPrinter.Text, log);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error)
                .Select(d => $"{d}\n  how to fix: {d.Fix}")
                .Append(result.Failure ?? "The build failed.")
                .ToList();
            server.ShowErrors(errors);
            log.WriteLine($"Rebuild failed after {clock.ElapsedMilliseconds} ms ({DiagnosticPrinter.Summary(result.Diagnostics)}): {result.Failure}");
            log.WriteLine(currentBuild is null ? "Nothing to show yet: fix the errors above and save." : "Still showing the last good build, with these errors above each page.");
            Interlocked.Increment(ref builds);
            return;
        }
        var built = clock.ElapsedMilliseconds;
        var hashes = PageHashes.Of(folder);
        var changedPages = PageHashes.Changed(pages, hashes);
        var previous = currentBuild;
        pages = hashes;
        currentBuild = folder;
        // Shown first, checked second: the author sees the page as soon as it exists.
        server.Publish(folder);
        Interlocked.Increment(ref builds);

        // Only the changed pages are parsed again; the others' links and anchors are as they were.
        foreach (var gone in inventory.Keys.Where(path => !hashes.ContainsKey(path)).ToList())
        {
            inventory.Remove(gone);
        }
        foreach (var path in hashes.Keys.Where(path => changedPages.Contains(path) || !inventory.ContainsKey(path)).ToList())
        {
            inventory[path] = SiteInventory.ReadPage(folder, path);
        }
        var changedSet = changedPages.ToHashSet(StringComparer.Ordinal);
        var linkProblems = LinkCheck.Run(folder, [.. inventory.Values], onlyFrom: changedSet);

        foreach (var problem in linkProblems)
        {
            log.WriteLine($"  {problem}");
        }
        log.WriteLine($"Built in {built} ms, checked in {clock.ElapsedMilliseconds - built} ms: {changedPages.Count} of {hashes.Count} pages changed"
            + $"{(changedPages.Count is > 0 and <= ListedPages ? ": " + string.Join(", ", changedPages) : "")}; "
            + $"{(linkProblems.Count == 0 ? "their links are fine" : $"{linkProblems.Count} link problems")} ({DiagnosticPrinter.Summary(result.Diagnostics)}).");
        RemoveOldBuild(previous);
    }

    private string Shorten(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    private static void RemoveOldBuild(string? folder)
    {
        if (folder is null)
        {
            return;
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A request may still be reading a file of it; the whole work folder goes when serve stops.
        }
    }

    /// <summary>Stops watching and serving, and removes every build it made.</summary>
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
