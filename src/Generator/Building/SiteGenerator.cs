using System.Diagnostics;
using SendSite.Calendar;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Gate;
using SendSite.Loading;
using SendSite.Model;
using SendSite.Output;
using SendSite.Pipelines;
using SendSite.Publishing;
using SendSite.Rendering.Templates;
using SendSite.Search;

namespace SendSite.Building;

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
        var timings = options.Timings;
        var checkedContent = ContentCheck.Run(options.InputFolder, diagnostics, timings);
        if (checkedContent is null || diagnostics.HasErrors)
        {
            return BuildResult.Failed(diagnostics, "The input has errors; nothing was built.");
        }
        var content = checkedContent.Content;
        var manifest = checkedContent.Manifest;
        if (options.BaseUrl is not null)
        {
            content = content with { Settings = content.Settings with { BaseUrl = options.BaseUrl } };
        }
        var site = timings.Measure("model", () => SiteModelBuilder.Build(content, options.Now, WorkingDayCalendar.EnglandAndWales));

        var theme = ProjectFolders.Find(Path.Combine("themes", content.Settings.Theme), options.InputFolder, Directory.GetCurrentDirectory());
        var nodeModules = ProjectFolders.Find("node_modules", options.InputFolder, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (theme is null || nodeModules is null)
        {
            var missing = theme is null ? $"the theme folder themes/{content.Settings.Theme}" : "node_modules (run scripts/setup.sh)";
            return BuildResult.Failed(diagnostics, $"Cannot find {missing} beside the input folder or the current folder.");
        }
        var layouts = new[] { Path.Combine(Path.GetFullPath(options.InputFolder), InputPaths.LayoutsFolder), Path.Combine(theme, "layouts") };
        var context = new BuildContext(
            site,
            new TemplateRenderer(layouts),
            new ThemeAssets(Path.Combine(theme, "assets"), nodeModules),
            checkedContent.Bodies);
        IReadOnlyList<Document> documents;
        try
        {
            documents = new PipelineRunner(SitePipelines.All()).Run(context, timings);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(IsSetupMistake) is { } mistake)
        {
            // A broken theme or missing npm packages is the publisher's to fix, told in words, not a stack trace.
            return BuildResult.Failed(diagnostics, mistake.Message);
        }
        var rendered = clock.Elapsed;
        var areaSlugs = content.Areas.SelectMany(a => a.FormerNames.Select(f => f.Slug).OfType<string>().Append(a.Slug)).ToHashSet(StringComparer.Ordinal);
        UrlManifestCheck.Check(manifest, documents, areaSlugs, diagnostics);
        if (diagnostics.HasErrors)
        {
            return BuildResult.Failed(diagnostics, $"Published addresses would stop working (see {UrlManifest.FileName}); nothing was built.");
        }

        var staging = timings.Measure("write", () => StagingWriter.Write(documents, options.OutputFolder));
        log.WriteLine($"Built {documents.Count(d => d.IsHtml)} pages ({documents.Count} files) in {rendered.TotalMilliseconds:0} ms.");
        // The search index is built from the written pages, before the gate, so the gate checks a working search page.
        if (PagefindIndexer.HasPagesToIndex(site))
        {
            var index = await timings.MeasureAsync("search index", () => PagefindIndexer.RunAsync(staging, nodeModules, site, options.SearchShardPages, cancellationToken));
            if (!index.Success)
            {
                OutputPromoter.Discard(staging);
                return BuildResult.Failed(diagnostics, index.Failure!);
            }
            log.WriteLine($"Indexed {index.IndexedPages} reports and plans for search.");
        }
        if (options.RunGate)
        {
            var reportFolder = options.GateReportFolder
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.OutputFolder).TrimEnd(Path.DirectorySeparatorChar))!, "gate-report");
            var gate = await timings.MeasureAsync("gate", () => AccessibilityGate.RunAsync(
                new GateOptions(staging, reportFolder)
                {
                    ExceptionsFile = Path.Combine(theme, "gate-exceptions.yml"),
                    BasePath = content.Settings.BaseUrl.AbsolutePath,
                    ChangedFrom = options.GateChangedFrom,
                },
                log,
                cancellationToken));
            if (!gate.Passed)
            {
                OutputPromoter.Discard(staging);
                return BuildResult.Failed(diagnostics, $"The accessibility gate failed; {options.OutputFolder} was left as it was. See {reportFolder}.");
            }
        }
        timings.Measure("promote", () => OutputPromoter.Promote(staging, options.OutputFolder));
        log.WriteLine($"Published to {options.OutputFolder} in {clock.Elapsed.TotalSeconds:0.0} s.");
        if (options.RecordUrls)
        {
            var added = UrlManifestWriter.Record(options.InputFolder, manifest, PublishedUrls.Of(documents));
            log.WriteLine($"Recorded {added} new published URLs in {Path.Combine(options.InputFolder, UrlManifest.FileName)}.");
        }
        return BuildResult.Succeeded(diagnostics);
    }

    private static bool IsSetupMistake(Exception e) => e is ThemeException or ThemeAssetsMissingException;
}
