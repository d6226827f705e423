using System.Security.Cryptography;
using System.Text;

namespace SendSite.Site.Search;

/// <summary>
/// What a shard's bundle is made from, as one SHA-256: the path and the bytes of every page Pagefind reads for it
/// (exactly the files its glob picks, so a page added, changed or withdrawn changes the key), the Pagefind program,
/// and the shard's arguments and the files removed from its bundle afterwards. Two shards with the same key get the
/// same bundle, so a bundle from the previous build with this key can be copied instead of running Pagefind.
/// </summary>
public static class SearchShardKey
{
    // Raise when the bundle is made differently in a way the rest of the key does not show.
    private const string Format = "send-site search shard 2";

    private static readonly string[] Kinds = ["reports", "plans"];

    public static string Compute(string siteFolder, SearchShard shard, string pagefind)
    {
        var pages = PagesOf(siteFolder, shard);
        var hashes = new string[pages.Count];
        Parallel.For(0, pages.Count, i => hashes[i] = Sha256Of(Path.Combine(siteFolder, pages[i])));

        var text = new StringBuilder()
            .Append(Format).Append('\n')
            .Append(pagefind).Append('\n')
            .Append("--output-subdir ").Append(shard.BundleFolder).Append('\n')
            .Append("--glob ").Append(shard.Glob).Append('\n')
            .Append("removed ").AppendJoin(' ', RemovedFiles(shard)).Append('\n');
        for (var i = 0; i < pages.Count; i++)
        {
            text.Append(pages[i]).Append('\0').Append(hashes[i]).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The files Pagefind's bundle loses after the run: its own interfaces, and for a merged shard what only the first needs.</summary>
    public static IEnumerable<string> RemovedFiles(SearchShard shard) =>
        shard.Number == 1 ? SearchIndexLayout.UnusedBundleFiles : [.. SearchIndexLayout.UnusedBundleFiles, .. SearchIndexLayout.FilesOnlyTheFirstShardNeeds];

    /// <summary>
    /// The pages the shard's glob picks (each area's page, reports and plans, and for the first shard the national
    /// reports), as paths relative to the site folder with '/' between names, in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> PagesOf(string siteFolder, SearchShard shard)
    {
        var pages = new List<string>();
        if (shard.HasThematicReports)
        {
            pages.AddRange(PagesIn(siteFolder, "thematic"));
        }
        foreach (var area in shard.AreaSlugs)
        {
            if (File.Exists(Path.Combine(siteFolder, "areas", area, "index.html")))
            {
                pages.Add($"areas/{area}/index.html");
            }
            foreach (var kind in Kinds)
            {
                var folder = Path.Combine(siteFolder, "areas", area, kind);
                if (!Directory.Exists(folder))
                {
                    continue;
                }
                pages.AddRange(Directory.GetDirectories(folder)
                    .Where(page => File.Exists(Path.Combine(page, "index.html")))
                    .Select(page => $"areas/{area}/{kind}/{Path.GetFileName(page)}/index.html"));
            }
        }
        pages.Sort(StringComparer.Ordinal);
        return pages;
    }

    /// <summary>The &lt;folder&gt;/*/index.html pages of the site, as the glob names them.</summary>
    private static IEnumerable<string> PagesIn(string siteFolder, string folder)
    {
        var path = Path.Combine(siteFolder, folder);
        return Directory.Exists(path)
            ? Directory.GetDirectories(path)
                .Where(page => File.Exists(Path.Combine(page, "index.html")))
                .Select(page => $"{folder}/{Path.GetFileName(page)}/index.html")
            : [];
    }

    internal static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
