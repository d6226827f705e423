using SendSite.Diagnostics;
using SendSite.Input.Loading;

namespace SendSite.Site.Addresses;

/// <summary>
/// input/published-urls.txt: every site-relative URL the site has ever published, one a line, sorted.
/// It is kept in the repository so a pull request that would break a published address fails its build,
/// and so the list survives between builds (the output folder does not). Lines starting with # are comments.
/// </summary>
public sealed record UrlManifest(string File, IReadOnlyList<ManifestEntry> Entries)
{
    public const string FileName = "published-urls.txt";

    /// <summary>
    /// Reads the manifest of an input folder; a folder without one has an empty manifest (nothing to keep).
    /// Lines that are not site-relative URLs are reported, and skipped.
    /// </summary>
    public static UrlManifest Load(InputPaths input, DiagnosticBag diagnostics)
    {
        var path = input.Full(FileName);
        if (!System.IO.File.Exists(path))
        {
            return new UrlManifest(FileName, []);
        }
        if (!LinkGuard.StaysInside(input.Root, path))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(FileName), DiagnosticCodes.UnsafePath,
                $"{FileName} is a link to a file outside the input folder, so it is not read.",
                "Replace the link with the file itself."));
            return new UrlManifest(FileName, []);
        }
        var entries = new List<ManifestEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = System.IO.File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = index + 1;
            var text = lines[index].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            if (ManifestUrl.Problem(text) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(FileName, line, 1), DiagnosticCodes.ManifestBadLine,
                    $"'{text}' is not a site-relative URL: {problem}.",
                    "Write one URL a line starting with /, like /areas/tallowford/ or /data/inspections.csv, or run `build --record-urls` to rewrite the file."));
                continue;
            }
            if (seen.TryGetValue(text, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(new SourceLocation(FileName, line, 1), DiagnosticCodes.ManifestDuplicate,
                    $"'{text}' is listed twice: also on line {first}.",
                    "Delete this line, or run `build --record-urls` to rewrite the file sorted and without repeats."));
                continue;
            }
            seen[text] = line;
            entries.Add(new ManifestEntry(text, line));
        }
        return new UrlManifest(FileName, entries);
    }
}
