using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using SendSite.Model;

namespace SendSite.Search;

/// <summary>
/// Runs Pagefind over the staging folder after every page is written and before the gate, so the gate checks
/// the search page with a working index. Pagefind reads only report and plan pages (the glob), and of those only
/// what is inside data-pagefind-body: pages exist only for published content, so embargoed and draft reports
/// cannot reach the index. Its output is content-addressed, so the same pages give byte-identical files.
/// </summary>
public static class PagefindIndexer
{
    /// <summary>The pages that are indexed: /areas/&lt;area&gt;/reports/&lt;id&gt;/ and /areas/&lt;area&gt;/plans/&lt;id&gt;/.</summary>
    public const string IndexedPagesGlob = "areas/*/{reports,plans}/*/index.html";

    private const string EntryFile = "pagefind-entry.json";

    /// <summary>Pagefind refuses to build an empty index, so a site with no published report or plan has none.</summary>
    public static bool HasPagesToIndex(SiteModel site) => site.Reports.Any() || site.Plans.Any();

    public static async Task<SearchIndexResult> RunAsync(string siteFolder, string nodeModulesFolder, CancellationToken cancellationToken = default)
    {
        var program = PagefindExecutable.Find(nodeModulesFolder);
        if (program is null)
        {
            return SearchIndexResult.Failed(
                $"Pagefind is not installed: no pagefind program in {PagefindExecutable.ExpectedFolder(nodeModulesFolder)}. Run scripts/setup.sh, which runs npm ci.");
        }

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Arguments, never a shell: folder names cannot be taken for options or commands.
        foreach (var argument in new[]
        {
            "--site", Path.GetFullPath(siteFolder),
            "--output-subdir", SearchIndexLayout.BundleFolder,
            "--glob", IndexedPagesGlob,
            "--quiet",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            // Most often the file lost its executable bit on the way (copied rather than installed by npm).
            return SearchIndexResult.Failed($"Pagefind at {program} could not be started ({e.Message}). Run scripts/setup.sh, which runs npm ci.");
        }
        if (started is null)
        {
            return SearchIndexResult.Failed($"Pagefind at {program} could not be started. Run scripts/setup.sh, which runs npm ci.");
        }
        using var process = started;
        using var killOnCancel = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var said = (await output + "\n" + await errors).Trim();
        if (process.ExitCode != 0)
        {
            return SearchIndexResult.Failed($"Pagefind could not build the search index (exit code {process.ExitCode}): {FirstErrorLine(said)}");
        }

        var bundle = Path.Combine(siteFolder, SearchIndexLayout.BundleFolder);
        foreach (var unused in SearchIndexLayout.UnusedBundleFiles)
        {
            File.Delete(Path.Combine(bundle, unused));
        }
        return SearchIndexResult.Indexed(CountPages(Path.Combine(bundle, EntryFile)));
    }

    /// <summary>The number of pages Pagefind says it indexed, summed over its languages.</summary>
    private static int CountPages(string entryFile)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(entryFile));
        return entry.RootElement.GetProperty("languages").EnumerateObject()
            .Sum(language => language.Value.TryGetProperty("page_count", out var count) ? count.GetInt32() : 0);
    }

    private static string FirstErrorLine(string said) =>
        said.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Error", StringComparison.Ordinal))
        ?? said.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length > 0)
        ?? "it gave no reason";
}
