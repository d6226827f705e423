using System.Text;

namespace SendSite.Site.Search;

/// <summary>
/// Tells the written search page which shard bundles to merge into the one it imports. The page is rendered
/// before the index is built, and only the index step knows how many shards there are, so it adds the list to
/// the page's data-bundle element afterwards (before the gate, which checks the page as published). A site in
/// one shard is left exactly as rendered.
/// </summary>
public static class SearchPageShardList
{
    /// <summary>The attribute search.js reads: the merged bundles' folders, relative to the page, space-separated.</summary>
    public const string Attribute = "data-merge-bundles";

    private const string BundleAttribute = "data-bundle=\"";

    /// <summary>Adds the list to the page; returns why it could not, or null.</summary>
    public static string? Write(string siteFolder, IEnumerable<SearchShard> merged)
    {
        var file = Path.Combine(siteFolder, SearchIndexLayout.PageFile);
        var page = File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8) : "";
        var start = page.IndexOf(BundleAttribute, StringComparison.Ordinal);
        if (start < 0 || page.IndexOf(BundleAttribute, start + 1, StringComparison.Ordinal) >= 0)
        {
            // Only a layout that replaced the theme's search.liquid can get here.
            return $"The search index is in several parts, but {SearchIndexLayout.PageFile} does not have exactly one data-bundle attribute to name them on. "
                + "Keep the data-bundle attribute of themes/default/layouts/search.liquid in your search layout.";
        }
        var end = page.IndexOf('"', start + BundleAttribute.Length) + 1;
        var list = string.Join(' ', merged.Select(shard => SearchIndexLayout.ShardBundleUrlFromPage(shard.Number)));
        File.WriteAllText(file, page.Insert(end, $" {Attribute}=\"{list}\""), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return null;
    }
}
