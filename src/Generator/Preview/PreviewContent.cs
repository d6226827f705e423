using System.Collections.Concurrent;
using SendSite.Calendar;
using SendSite.Content;
using SendSite.Diagnostics;
using SendSite.Loading;
using SendSite.Ownership;
using SendSite.Publishing;
using SendSite.Rendering.Markdown;
using SendSite.Validation;

namespace SendSite.Preview;

/// <summary>
/// input/ as `serve` keeps it in memory between saves: the records, every body rendered, and the problems found,
/// kept apart by where they came from, so a save of one report or plan re-reads and re-renders only that file.
/// The rules across files (<see cref="ContentValidator"/>) run again on the whole set each time: a change to one
/// file can break or mend another (a plan answering a report that is gone), and on the whole set they cost about
/// a tenth of a second at England's scale. It does the same checks as <c>Building/ContentCheck</c>, in the same
/// order, and always tracks the files as they are on disk, good or bad.
/// </summary>
public sealed class PreviewContent
{
    private readonly InputPaths paths;
    private readonly Dictionary<string, Report> reports;
    private readonly Dictionary<string, Plan> plans;
    private readonly HashSet<string> filesWithErrors;
    // Loading problems by the file they are about: replaced whole when that file is read again.
    private readonly Dictionary<string, List<Diagnostic>> loadProblems;
    private readonly IReadOnlyList<Diagnostic> ownershipAndManifestProblems;
    private readonly ConcurrentDictionary<string, RenderedMarkdown> bodies;
    private ContentSet content;

    private PreviewContent(
        string inputFolder, ContentSet content, IEnumerable<Diagnostic> loadDiagnostics, IReadOnlyList<Diagnostic> ownershipAndManifest,
        ConcurrentDictionary<string, RenderedMarkdown> bodies, UrlManifest manifest)
    {
        paths = new InputPaths(inputFolder);
        this.content = content;
        reports = content.Reports.ToDictionary(r => r.Body.File, StringComparer.Ordinal);
        plans = content.Plans.ToDictionary(p => p.Body.File, StringComparer.Ordinal);
        filesWithErrors = new HashSet<string>(content.FilesWithErrors, StringComparer.Ordinal);
        loadProblems = loadDiagnostics.GroupBy(d => d.Location.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        ownershipAndManifestProblems = ownershipAndManifest;
        this.bodies = bodies;
        Manifest = manifest;
    }

    public ContentSet Content => content;

    public IReadOnlyDictionary<string, RenderedMarkdown> Bodies => bodies;

    public UrlManifest Manifest { get; }

    /// <summary>Every problem of the input as it is now: loading, the rules across files, bodies, ownership, the manifest.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>How long the rules took last time (the log shows it: they are most of an update).</summary>
    public TimeSpan RulesTime { get; private set; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Reads and checks the whole input folder; null when site.yml cannot be used at all (see the problems).</summary>
    public static PreviewContent? Load(string inputFolder, out IReadOnlyList<Diagnostic> problems)
    {
        var loading = new DiagnosticBag();
        var loaded = InputLoader.Load(inputFolder, loading);
        if (loaded is null)
        {
            problems = loading.Sorted;
            return null;
        }
        var others = new DiagnosticBag();
        CodeOwnersCheck.Check(inputFolder, loaded, others);
        var manifest = UrlManifest.Load(inputFolder, others);
        var bodies = new ConcurrentDictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        var sources = loaded.Reports.Select(r => r.Body)
            .Concat(loaded.Plans.Select(p => p.Body))
            .Concat(loaded.Pages.Select(p => p.Body))
            .Concat(loaded.ThematicReports.Select(t => t.Body));
        Parallel.ForEach(sources, source => bodies[source.File] = RenderBody(source));
        var preview = new PreviewContent(inputFolder, loaded, loading.Sorted, others.Sorted, bodies, manifest);
        preview.Recheck();
        problems = preview.Diagnostics;
        return preview;
    }

    /// <summary>Whether this path was read as a file last time (it may have gone since).</summary>
    public bool Knows(string relativePath) =>
        reports.ContainsKey(relativePath) || plans.ContainsKey(relativePath) || filesWithErrors.Contains(relativePath) || loadProblems.ContainsKey(relativePath);

    /// <summary>
    /// Reads these report and plan files again (gone ones are dropped), renders their bodies, and runs the rules across
    /// files again. Returns the slugs of the areas whose pages may show what changed: the area each file was and is about.
    /// </summary>
    public IReadOnlySet<string> Reload(IReadOnlyCollection<string> relativePaths)
    {
        var areas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            Remember(areas, relative);
            reports.Remove(relative);
            plans.Remove(relative);
            filesWithErrors.Remove(relative);
            loadProblems.Remove(relative);
            bodies.TryRemove(relative, out _);
            var loading = new DiagnosticBag();
            ReadOne(relative, loading);
            if (loading.Sorted is { Count: > 0 } found)
            {
                loadProblems[relative] = [.. found];
            }
            Remember(areas, relative);
        }
        content = content with
        {
            Reports = [.. reports.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value)],
            Plans = [.. plans.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value)],
            FilesWithErrors = filesWithErrors.ToHashSet(StringComparer.Ordinal),
        };
        Recheck();
        return areas;
    }

    private void Remember(HashSet<string> areas, string relative)
    {
        var parts = relative.Split('/');
        if (parts.Length >= 2)
        {
            areas.Add(parts[1]);
        }
        if (reports.TryGetValue(relative, out var report))
        {
            areas.Add(report.AreaSlug);
            AddFormer(areas, report.FormerArea);
        }
        if (plans.TryGetValue(relative, out var plan))
        {
            areas.Add(plan.AreaSlug);
            AddFormer(areas, plan.FormerArea);
        }
    }

    // What a former area's report or plan says can show on the page of every area that area became.
    private void AddFormer(HashSet<string> areas, string? formerSlug)
    {
        if (formerSlug is null)
        {
            return;
        }
        areas.Add(formerSlug);
        foreach (var area in content.Areas)
        {
            if (area.FormerNames.Any(f => f.Slug == formerSlug))
            {
                areas.Add(area.Slug);
            }
        }
    }

    // The same steps as InputLoader takes for one file of reports/ or plans/, so its problems read the same.
    private void ReadOne(string relative, DiagnosticBag loading)
    {
        var parts = relative.Split('/');
        var name = parts[^1];
        if (name.StartsWith('.') || !File.Exists(paths.Full(relative)))
        {
            return;
        }
        var isReport = parts[0] == InputPaths.ReportsFolder;
        var kinds = isReport ? FileNames.ReportKinds : FileNames.PlanKinds;
        var schema = isReport ? "report" : "plan";
        if (parts.Length != 3 || FileNames.Parse(name, kinds) is null)
        {
            loading.Add(Diagnostic.Error(SourceLocation.StartOf(relative), DiagnosticCodes.BadFileName,
                $"{relative} is not named or placed as a {schema} file.",
                $"Put it at {parts[0]}/<area-slug>/<yyyy-mm-dd>-<kind>.md, where kind is one of: {string.Join(", ", kinds)}."));
            return;
        }
        var file = new SourceFileReader(paths, loading).ReadMarkdown(relative, schema);
        if (file is null)
        {
            filesWithErrors.Add(relative);
            return;
        }
        if (isReport)
        {
            reports[relative] = ReportLoader.Map(file, name[..^3]);
        }
        else
        {
            plans[relative] = PlanLoader.Map(file, name[..^3]);
        }
        bodies[relative] = RenderBody(file.Body!);
    }

    /// <summary>A body read from its file now and rendered; a file that changed or went since it was read is its one problem.</summary>
    private static RenderedMarkdown RenderBody(MarkdownBody body) =>
        MarkdownBodyReader.Read(body, out var problem) is { } text
            ? MarkdownRenderer.Shared.Render(text, body.File, body.FirstLine)
            : new RenderedMarkdown("", [], [problem!]);

    private void Recheck()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rules = new DiagnosticBag();
        ContentValidator.Check(content, WorkingDayCalendar.EnglandAndWales, rules);
        foreach (var report in content.Reports.Where(r => r.AlternativeProvisionSection is not null))
        {
            AlternativeProvisionRules.Check(report, bodies[report.Body.File], rules);
        }
        var all = new DiagnosticBag();
        all.AddRange(loadProblems.Values.SelectMany(d => d));
        all.AddRange(rules.Sorted);
        all.AddRange(ownershipAndManifestProblems);
        all.AddRange(bodies.Values.SelectMany(b => b.Diagnostics));
        Diagnostics = all.Sorted;
        RulesTime = clock.Elapsed;
    }
}
