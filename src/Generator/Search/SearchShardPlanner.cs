using SendSite.Model;

namespace SendSite.Search;

/// <summary>
/// Splits the indexed pages into shards small enough for one Pagefind run each. Pagefind holds every page it
/// indexes in memory at once (about 0.6 MB a page, measured: 1,000 pages peak at 630 MB, 4,000 at 2.3 GB), so
/// one run over 100,000 pages would need tens of gigabytes; runs over a bounded number of pages, one after
/// another, keep the peak at one shard's worth whatever the size of the site.
/// </summary>
public static class SearchShardPlanner
{
    /// <summary>
    /// The most pages a shard holds by default: about 950 MB of Pagefind at its peak, well under the 2 GB the
    /// build may use, and above England's 1,179 report and plan pages, so England's index stays one bundle.
    /// </summary>
    public const int DefaultPagesPerShard = 1_500;

    /// <summary>
    /// Whole areas, in ordinal order of their slugs, filled into shards of at most <paramref name="pagesPerShard"/>
    /// pages; an area is never split, so an area with more pages than that is a shard of its own. The same site
    /// always gives the same shards. A site that fits in one shard gets exactly one.
    /// </summary>
    public static IReadOnlyList<SearchShard> Plan(SiteModel site, int pagesPerShard) =>
        Plan(site.Areas.Select(area => (area.Area.Slug, area.Reports.Count + area.Plans.Count)), pagesPerShard);

    /// <summary>The same, from each area's slug and its number of report and plan pages.</summary>
    public static IReadOnlyList<SearchShard> Plan(IEnumerable<(string Slug, int Pages)> areaPages, int pagesPerShard)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pagesPerShard, 1);
        var areas = areaPages
            .Where(area => area.Pages > 0)
            .OrderBy(area => area.Slug, StringComparer.Ordinal);
        var shards = new List<SearchShard>();
        var slugs = new List<string>();
        var pages = 0;
        foreach (var (slug, count) in areas)
        {
            if (slugs.Count > 0 && pages + count > pagesPerShard)
            {
                shards.Add(new SearchShard(shards.Count + 1, [.. slugs], pages));
                slugs.Clear();
                pages = 0;
            }
            slugs.Add(slug);
            pages += count;
        }
        if (slugs.Count > 0)
        {
            shards.Add(new SearchShard(shards.Count + 1, [.. slugs], pages));
        }
        return shards;
    }
}
