using System.Diagnostics;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Gate;
using SendSite.Output;
using SendSite.Site.Addresses;
using SendSite.Site.Search;
using SendSite.Site.Session;

namespace SendSite.Site.Building;

/// <summary>
/// One build, start to finish: load and validate input/, model what is published now, run the pipelines,
/// write a staging folder, gate it in a real browser, and only then replace output/. Any failure leaves
/// output/ exactly as it was.
/// </summary>
public static class SiteGenerator
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var (claim, refusal) = await OutputReservation.TakeAsync(options.OutputFolder, options.Input.Given, options.Force, options.WaitForOutput, log, cancellationToken);
        if (claim is null)
        {
            return BuildResult.Failed(diagnostics, refusal!);
        }
        using var output = claim;
        var timings = options.Timings;
        var (staged, failure) = Stage(options, diagnostics, log, clock);
        if (staged is null)
        {
            return BuildResult.Failed(diagnostics, failure!);
        }
        var staging = staged.Folder;
        // The search index is made from the written pages while the gate checks them: the gate opens the pages of the
        // index's own folder (the search page) only once it is written. Shards whose pages are unchanged since the
        // output this build replaces, or kept in the build's cache, are copied from there.
        var searchCache = SearchShardCache.In(CacheFolderOf(options));
        var indexing = staged.HasPagesToIndex && options.BuildSearchIndex
            ? timings.MeasureAsync("search index", () => PagefindIndexer.RunAsync(staging, staged.Theme.NodeModules, staged.Site, options.SearchShardPages, options.OutputFolder, searchCache, cancellationToken))
            : null;
        var gate = options.RunGate ? RunGateAsync(options, staged, indexing, log, cancellationToken) : null;
        if (indexing is not null)
        {
            var index = await indexing;
            if (!index.Success)
            {
                await WhenDone(gate);
                OutputPromoter.Discard(staging);
                return BuildResult.Failed(diagnostics, index.Failure!);
            }
            log.WriteLine($"Indexed {index.IndexedPages} pages for search ({index.Shards} parts, {index.ReusedShards} of them reused from {options.OutputFolder} or {CacheFolderOf(options)}).");
        }
        if (gate is not null && await gate is { } failed)
        {
            OutputPromoter.Discard(staging);
            return BuildResult.Failed(diagnostics, failed);
        }
        timings.Measure("promote", () => OutputPromoter.Promote(staging, options.OutputFolder));
        log.WriteLine($"Published to {options.OutputFolder} in {clock.Elapsed.TotalSeconds:0.0} s.");
        if (options.RecordUrls)
        {
            var added = UrlManifestWriter.Record(options.Input, staged.Manifest, PublishedUrls.Of(staged.Destinations));
            log.WriteLine($"Recorded {added} new published URLs in {Path.Combine(options.Input.Given, UrlManifest.FileName)}.");
        }
        return BuildResult.Succeeded(diagnostics);
    }

    /// <summary>The gate on the staging folder: null when it passed, else why the build fails.</summary>
    private static async Task<string?> RunGateAsync(BuildOptions options, StagedSite staged, Task<SearchIndexResult>? indexing, TextWriter log, CancellationToken cancellationToken)
    {
        var reportFolder = options.GateReportFolder
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar))!, "gate-report");
        var gate = await options.Timings.MeasureAsync("gate", () => AccessibilityGate.RunAsync(
            new GateOptions(staged.Folder, reportFolder)
            {
                ExceptionsFile = staged.Theme.AcceptedProblemsFile,
                BasePath = staged.BaseUrl.AbsolutePath,
                ChangedFrom = options.GateChangedFrom,
                CacheDirectory = CacheFolderOf(options),
                StillWriting = indexing is null ? null : new StillWriting(SearchIndexLayout.Folder, indexing),
            },
            log,
            cancellationToken));
        return gate.Passed ? null : $"The accessibility gate failed; {options.OutputFolder} was left as it was. See {reportFolder}.";
    }

    /// <summary>Where the gate's results and the search index's parts are kept between builds.</summary>
    private static string CacheFolderOf(BuildOptions options) => options.GateCacheFolder ?? GateCache.DefaultFolderFor(options.OutputFolder);

    /// <summary>Waits for a gate that is no longer needed, so nothing reads the staging folder once it is discarded.</summary>
    private static async Task WhenDone(Task<string?>? gate)
    {
        if (gate is not null)
        {
            await gate;
        }
    }

    private const string InputErrors = "The input has errors; nothing was built.";

    /// <summary>
    /// Everything up to a written staging folder: check, model, pipelines, the URL manifest, then every page
    /// made and written. Returns no site but the reason when the build must stop (no staging folder is left then).
    /// </summary>
    private static (StagedSite? Staged, string? Failure) Stage(BuildOptions options, DiagnosticBag diagnostics, TextWriter log, Stopwatch clock)
    {
        var timings = options.Timings;
        // Bodies are read from their files when they are checked or rendered, and each one's problems are
        // reported once: a published body is checked by the parse that renders its page.
        var session = SiteSession.Load(options.Input, BodyMode.Streamed, options.Now, timings);
        var (staged, failure) = Stage(session, options, diagnostics, log, clock);
        diagnostics.AddRange(session.Diagnostics);
        return (staged, failure);
    }

    private static (StagedSite? Staged, string? Failure) Stage(SiteSession session, BuildOptions options, DiagnosticBag diagnostics, TextWriter log, Stopwatch clock)
    {
        var timings = options.Timings;
        if (session.Content is not { } content)
        {
            return (null, InputErrors);
        }
        if (session.HasErrors)
        {
            // Nothing will be built, but every problem is reported in one run, the bodies' too.
            session.CheckAllBodies(timings);
            return (null, InputErrors);
        }
        // Modelled once, at load (the bodies' links are checked against it): only the base URL is set here.
        var site = session.Model(options.BaseUrl);
        if (SiteTheme.Find(session.Input, content.Settings.Theme, out var missing) is not { } theme)
        {
            return (null, missing);
        }
        var context = session.Context(site, theme) with { SearchShardPages = options.SearchShardPages };
        IReadOnlyList<Document> documents;
        try
        {
            documents = new PipelineRunner<BuildContext>(SitePipelines.All()).Run(context, timings);
        }
        catch (Exception e) when (SetupMistakes.Find(e) is { } mistake)
        {
            return (null, mistake.Message);
        }
        // The addresses are known before any large page is made: a build that would break one stops here.
        UrlManifestCheck.Check(session.Manifest, documents, session.AreaSlugs, diagnostics);
        if (diagnostics.HasErrors)
        {
            session.CheckAllBodies(timings);
            return (null, $"Published addresses would stop working (see {UrlManifest.FileName}); nothing was built.");
        }

        // Pages are made and written a few at a time, in parallel; each published body is rendered (and checked)
        // for its page then. Any failure from here on discards the staging folder, so output/ is never touched.
        var staging = StagingWriter.Create(options.OutputFolder);
        try
        {
            documents = timings.Measure("write", () =>
            {
                StagingWriter.WriteInto(staging, documents);
                // The image files the written pages showed: known only now, as each page rendered its body once, while
                // it was written. Drafts and embargoed reports made no page, so their images are not among them.
                var images = context.Images.Documents();
                StagingWriter.WriteInto(staging, images);
                return (IReadOnlyList<Document>)[.. documents.Concat(images).OrderBy(d => d.Destination, StringComparer.Ordinal)];
            });
        }
        catch (Exception e) when (SetupMistakes.Find(e) is { } mistake)
        {
            OutputPromoter.Discard(staging);
            return (null, mistake.Message);
        }
        catch
        {
            OutputPromoter.Discard(staging);
            throw;
        }
        // Drafts, embargoed reports and anything else no page showed are checked too.
        session.CheckAllBodies(timings);
        if (session.HasErrors)
        {
            OutputPromoter.Discard(staging);
            return (null, InputErrors);
        }
        log.WriteLine($"Built {documents.Count(d => d.IsHtml)} pages ({documents.Count} files) in {clock.Elapsed.TotalMilliseconds:0} ms.");
        // Only the addresses outlive this method: the documents (and what their deferred text would need) go.
        return (new StagedSite(staging, [.. documents.Select(d => d.Destination)], PagefindIndexer.HasPagesToIndex(site), theme, session.Manifest, site.Settings.BaseUrl, site), null);
    }
}
