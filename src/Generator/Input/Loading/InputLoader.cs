using System.Collections.Concurrent;
using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads the whole input folder into typed records, files in parallel, reporting every problem it meets
/// rather than stopping at the first. Returns null content only when site.yml itself is unusable.
/// </summary>
public static class InputLoader
{
    public static ContentSet? Load(InputPaths paths, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(paths.Root))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(paths.Given), DiagnosticCodes.MissingFile,
                $"The input folder {paths.Given} does not exist.", "Pass --input with the folder that holds site.yml and areas.yml."));
            return null;
        }
        var reader = new SourceFileReader(paths, diagnostics);
        var filesWithErrors = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var settings = SiteSettingsLoader.Load(reader);
        var areas = AreaRegistryLoader.Load(reader);
        var reports = LoadDated(paths, filesWithErrors, InputPaths.ReportsFolder, relative => (ReadReport(reader, diagnostics, relative, out var failed), failed));
        var plans = LoadDated(paths, filesWithErrors, InputPaths.PlansFolder, relative => (ReadPlan(reader, diagnostics, relative, out var failed), failed));
        var pages = LoadPages(paths, reader, diagnostics);
        var thematic = LoadThematic(paths, reader, diagnostics);
        return settings is null ? null : new ContentSet(settings, areas, reports, plans, pages, filesWithErrors.Keys.ToHashSet(StringComparer.Ordinal))
        {
            ThematicReports = thematic,
            EarlierInspections = EarlierInspectionsLoader.Load(paths, reader),
        };
    }

    /// <summary>One file of reports/: its record, or null (its problems reported; <paramref name="failed"/> when it could not be read as a report).</summary>
    public static Report? ReadReport(SourceFileReader reader, DiagnosticBag diagnostics, string relative, out bool failed) =>
        ReadDated(reader, diagnostics, relative, InputPaths.ReportsFolder, FileNames.ReportKinds, "report", ReportLoader.Map, out failed);

    /// <summary>One file of plans/: its record, or null (its problems reported; <paramref name="failed"/> when it could not be read as a plan).</summary>
    public static Plan? ReadPlan(SourceFileReader reader, DiagnosticBag diagnostics, string relative, out bool failed) =>
        ReadDated(reader, diagnostics, relative, InputPaths.PlansFolder, FileNames.PlanKinds, "plan", PlanLoader.Map, out failed);

    private static IReadOnlyList<T> LoadDated<T>(
        InputPaths paths, ConcurrentDictionary<string, bool> filesWithErrors, string folder, Func<string, (T? Item, bool Failed)> read)
        where T : class
    {
        var loaded = new ConcurrentBag<(string Path, T Item)>();
        // One file per core: file reads block, and an unbounded loop lets the pool add threads, each holding a file.
        Parallel.ForEach(paths.MarkdownFiles(folder), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fullPath =>
        {
            var relative = paths.Relative(fullPath);
            var (item, failed) = read(relative);
            if (item is not null)
            {
                loaded.Add((relative, item));
            }
            else if (failed)
            {
                filesWithErrors[relative] = true;
            }
        });
        return [.. loaded.OrderBy(l => l.Path, StringComparer.Ordinal).Select(l => l.Item)];
    }

    private static T? ReadDated<T>(
        SourceFileReader reader, DiagnosticBag diagnostics, string relative, string folder, string[] kinds, string schema, Func<ParsedFile, string, T> map, out bool failed)
        where T : class
    {
        failed = false;
        var parts = relative.Split('/');
        var name = parts[^1];
        if (name.StartsWith('.'))
        {
            return null; // editor and OS files such as .DS_Store
        }
        if (parts.Length != 3 || FileNames.Parse(name, kinds) is null)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relative), DiagnosticCodes.BadFileName,
                $"{relative} is not named or placed as a {schema} file.",
                $"Put it at {folder}/<area-slug>/<yyyy-mm-dd>-<kind>.md, where kind is one of: {string.Join(", ", kinds)}."));
            return null;
        }
        if (reader.ReadMarkdown(relative, schema) is { } file)
        {
            return map(file, name[..^3]);
        }
        failed = true;
        return null;
    }

    private static IReadOnlyList<ThematicReport> LoadThematic(InputPaths paths, SourceFileReader reader, DiagnosticBag diagnostics)
    {
        var reports = new List<ThematicReport>();
        foreach (var fullPath in paths.MarkdownFiles(InputPaths.ThematicFolder))
        {
            var relative = paths.Relative(fullPath);
            var name = Path.GetFileName(relative);
            if (name.StartsWith('.'))
            {
                continue;
            }
            if (relative.Count(c => c == '/') != 1 || !FileNames.IsDatedSlug(name))
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relative), DiagnosticCodes.BadFileName,
                    $"{relative} is not a thematic report file name.",
                    "Name thematic reports thematic/<yyyy-mm-dd>-<slug>.md: the publication date, then lower-case words joined by hyphens, e.g. thematic/2025-06-05-alternative-provision.md."));
                continue;
            }
            if (reader.ReadMarkdown(relative, "thematic") is { } file)
            {
                reports.Add(ThematicReportLoader.Map(file, name[..^3]));
            }
        }
        return reports;
    }

    private static IReadOnlyList<ContentPage> LoadPages(InputPaths paths, SourceFileReader reader, DiagnosticBag diagnostics)
    {
        var pages = new List<ContentPage>();
        foreach (var fullPath in paths.MarkdownFiles(InputPaths.PagesFolder))
        {
            var relative = paths.Relative(fullPath);
            var name = Path.GetFileName(relative);
            if (name.StartsWith('.'))
            {
                continue;
            }
            if (relative.Count(c => c == '/') != 1 || !name.EndsWith(".md", StringComparison.Ordinal) || !FileNames.IsSlug(name[..^3]))
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relative), DiagnosticCodes.BadFileName,
                    $"{relative} is not a page file name.", "Name pages pages/<slug>.md with lower-case words joined by hyphens, e.g. pages/about.md."));
                continue;
            }
            if (reader.ReadMarkdown(relative, "page") is { } file)
            {
                pages.Add(PageLoader.Map(file, name[..^3]));
            }
        }
        return pages;
    }
}
