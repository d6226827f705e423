using System.Runtime.InteropServices;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// The Pagefind binary send-site itself runs (node_modules/@pagefind/&lt;platform&gt;/bin, the extended build
/// first, as src/Generator/Search/PagefindExecutable.cs looks for it), so that Hugo's pages are indexed by
/// the same program with the same arguments.
/// </summary>
public static class PagefindBinary
{
    /// <summary>The pages send-site indexes (its PagefindIndexer.IndexedPagesGlob); Hugo writes them at the same addresses.</summary>
    public const string IndexedPagesGlob = "areas/*/{reports,plans}/*/index.html";

    public const string BundleFolder = "search/pagefind";

    public static string? Find(string repository)
    {
        var os = OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var bin = Path.Combine(repository, "node_modules", "@pagefind", $"{os}-{arch}", "bin");
        return new[] { "pagefind_extended", "pagefind" }.Select(name => Path.Combine(bin, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>How many pages Pagefind says it indexed in a site (its entry file), or 0 when it wrote none.</summary>
    public static int PagesIndexed(string site)
    {
        var entry = Path.Combine(site, BundleFolder, "pagefind-entry.json");
        if (!File.Exists(entry))
        {
            return 0;
        }
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(entry));
        return json.RootElement.GetProperty("languages").EnumerateObject()
            .Sum(language => language.Value.TryGetProperty("page_count", out var count) ? count.GetInt32() : 0);
    }

    /// <summary>The same arguments send-site passes, over another site folder.</summary>
    public static string[] Arguments(string site) => ["--site", site, "--output-subdir", BundleFolder, "--glob", IndexedPagesGlob, "--quiet"];
}
