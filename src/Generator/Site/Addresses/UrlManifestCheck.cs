using SendSite.Diagnostics;
using SendSite.Engine;

namespace SendSite.Site.Addresses;

/// <summary>
/// The promise that addresses never change: every URL in the manifest must still resolve in this build, as a
/// page, a redirect page or a split page (or a feed or data file). New URLs are not checked here; they are
/// added to the manifest by <c>build --record-urls</c>.
/// </summary>
public static class UrlManifestCheck
{
    public static void Check(UrlManifest manifest, IEnumerable<Document> documents, IReadOnlySet<string> knownAreaSlugs, DiagnosticBag diagnostics)
    {
        var built = documents.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries.Where(e => !built.Contains(ManifestUrl.FileOf(e.Url))))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(manifest.File, entry.Line, 1), DiagnosticCodes.PublishedUrlGone,
                $"The published URL {entry.Url} would no longer resolve: this build has nothing at {ManifestUrl.FileOf(entry.Url)}.",
                HowToFix(entry.Url, knownAreaSlugs)));
        }
    }

    private static string HowToFix(string url, IReadOnlySet<string> knownAreaSlugs)
    {
        const string General = "Published addresses must keep working. Restore the report, plan or page that was there (a draft status or a later embargo also removes it), "
            + "or, if it really must go, delete this line in a reviewed pull request and say why.";
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts[0] == "areas" && !knownAreaSlugs.Contains(parts[1]))
        {
            return $"No area is called '{parts[1]}' any more. If it was renamed, merged or split, add `slug: {parts[1]}` under former_names of the area(s) that replaced it in areas.yml, "
                + "so a redirect or split page is made. " + General;
        }
        return General;
    }
}
