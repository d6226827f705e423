using System.Text;
using SendSite.Input.Loading;

namespace SendSite.Site.Addresses;

/// <summary>
/// Rewrites the manifest: the URLs it already lists plus the ones this build published, sorted ordinally, one
/// a line, under a fixed header. Nothing is ever dropped, so recording can only widen the promise; taking a
/// URL out is a deliberate, reviewed edit. The same URLs always give the same bytes.
/// </summary>
public static class UrlManifestWriter
{
    public const string Header = """
        # Every address this site has published, one site-relative URL a line, sorted.
        # The build fails if any of them would stop working (SEND601): a renamed, merged or split area keeps its
        # old addresses through former_names in areas.yml; a removed report, plan or page must be restored.
        # Do not edit by hand to add URLs: the publishing build runs `build --record-urls`, which adds what it
        # published and keeps every line already here. Drafts and embargoed reports are never listed.
        """;

    public static string Text(IEnumerable<string> urls)
    {
        var text = new StringBuilder();
        foreach (var line in Header.Split('\n'))
        {
            text.Append(line.TrimEnd('\r')).Append('\n');
        }
        foreach (var url in urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(url).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Writes the union of the manifest's URLs and <paramref name="published"/>; returns how many were new.</summary>
    public static int Record(InputPaths input, UrlManifest manifest, IReadOnlyList<string> published)
    {
        var known = manifest.Entries.Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var added = published.Count(url => !known.Contains(url));
        var path = input.Full(UrlManifest.FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Text(known.Concat(published)), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
        return added;
    }
}
