using System.Text.Json;

namespace SendSite.Site.Search;

/// <summary>
/// Names the Pagefind program a build runs, for the key of a reused search shard: a bundle made by another
/// version, or another build of the program, may differ in its bytes or its format, so it must not be reused.
/// </summary>
public static class PagefindIdentity
{
    /// <summary>
    /// The program's name, the version of the npm package that installed it (its package.json, beside bin/)
    /// and the program's size in bytes, which changes with any other build of it.
    /// </summary>
    public static string Of(string program)
    {
        var package = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(program)!)!, "package.json");
        return $"{Path.GetFileName(program)} {VersionIn(package)} ({new FileInfo(program).Length} bytes)";
    }

    private static string VersionIn(string packageFile)
    {
        try
        {
            using var package = JsonDocument.Parse(File.ReadAllText(packageFile));
            return package.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "unknown" : "unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // The size still tells programs apart; an unknown version only makes reuse rarer.
            return "unknown";
        }
    }
}
