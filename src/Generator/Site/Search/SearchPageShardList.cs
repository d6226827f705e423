using System.Text;

namespace SendSite.Site.Search;

/// <summary>
/// The search page's list of the index's other parts, which search.js merges into the one it imports. The page is
/// rendered with the list (<see cref="MergedBundles"/>, from the same plan the index follows); once the index is
/// made, <see cref="Check"/> makes sure the page names them, which only a site layout that replaced the theme's
/// search.liquid can fail to do.
/// </summary>
public static class SearchPageShardList
{
    /// <summary>The attribute search.js reads: the merged bundles' folders, relative to the page, space-separated.</summary>
    public const string Attribute = "data-merge-bundles";

    /// <summary>The value of <see cref="Attribute"/> for an index in <paramref name="shards"/>: null for one part.</summary>
    public static string? MergedBundles(IReadOnlyList<SearchShard> shards) =>
        shards.Count > 1 ? string.Join(' ', shards.Skip(1).Select(shard => SearchIndexLayout.ShardBundleUrlFromPage(shard.Number))) : null;

    /// <summary>Why the written search page does not name the parts of an index in <paramref name="shards"/>, or null.</summary>
    public static string? Check(string siteFolder, IReadOnlyList<SearchShard> shards)
    {
        if (MergedBundles(shards) is not { } list)
        {
            return null;
        }
        var file = Path.Combine(siteFolder, SearchIndexLayout.PageFile);
        var page = File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8) : "";
        return page.Contains($"{Attribute}=\"{list}\"", StringComparison.Ordinal)
            ? null
            : $"The search index is in {shards.Count} parts, but {SearchIndexLayout.PageFile} does not name them. "
                + $"Keep the {Attribute} attribute of themes/default/layouts/search.liquid in your search layout.";
    }
}
