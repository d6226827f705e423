using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using SendSite.Output;

namespace SendSite.Site.Search;

/// <summary>
/// One run of Pagefind's program: the pages a glob picks from the site folder, indexed into one bundle folder.
/// Its own ready-made interfaces are removed from the bundle afterwards (see <see cref="SearchIndexLayout.UnusedBundleFiles"/>).
/// </summary>
public static class PagefindRun
{
    /// <summary>The bundle's entry file, which says how many pages it holds.</summary>
    public const string EntryFile = "pagefind-entry.json";

    public static async Task<SearchIndexResult> RunAsync(string program, string siteFolder, string bundleFolder, string glob, CancellationToken cancellationToken)
    {
        var start = TestHold.StartInfo(TestHold.Indexing, program);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        // Arguments, never a shell: folder names cannot be taken for options or commands.
        foreach (var argument in new[]
        {
            "--site", Path.GetFullPath(siteFolder),
            "--output-subdir", bundleFolder,
            "--glob", glob,
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
        TestHold.At(TestHold.Indexing, cancellationToken);
        TestHold.Continue(TestHold.Indexing, process, cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var said = (await output + "\n" + await errors).Trim();
        if (process.ExitCode != 0)
        {
            return SearchIndexResult.Failed(EnvironmentFault.DescribeText(said, siteFolder)
                ?? $"Pagefind could not build the search index (exit code {process.ExitCode}): {FirstErrorLine(said)}");
        }

        var bundle = Path.Combine(siteFolder, bundleFolder);
        foreach (var unused in SearchIndexLayout.UnusedBundleFiles)
        {
            File.Delete(Path.Combine(bundle, unused));
        }
        return SearchIndexResult.Indexed(CountPages(Path.Combine(bundle, EntryFile)));
    }

    /// <summary>The number of pages Pagefind says it indexed, summed over its languages.</summary>
    public static int CountPages(string entryFile)
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
