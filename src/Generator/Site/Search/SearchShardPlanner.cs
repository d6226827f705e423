using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using SendSite.Domain.Model;

namespace SendSite.Site.Search;

/// <summary>
/// Splits the indexed pages into shards of whole areas, each indexed by one Pagefind run, so that a build can
/// reuse every shard whose pages did not change (see <see cref="SearchShardReuse"/>) and re-index only the rest.
/// Pagefind has no incremental mode and holds every page it indexes in memory (about 0.6 MB a page), so shards are
/// both the unit of reuse and the bound on memory.
/// </summary>
/// <remarks>
/// Where a shard ends is decided by each area alone, not by filling shards up to a size: filled shards move every
/// later boundary when one area gains a report, and a one-area change would re-index every shard after it. Here a
/// shard ends after an area when a hash of the area's slug, modulo the target size, is below the area's page count
/// (so on average every target-th page ends a shard, whatever the areas' sizes) and the shard already has half the
/// target; or before an area that would take it over the bound. An area that gains or loses pages moves at most the
/// boundary next to it, and the shards after the next boundary stay as they were.
/// </remarks>
public static class SearchShardPlanner
{
    /// <summary>
    /// The most pages a shard holds by default: about 950 MB of Pagefind at its peak, well under the 2 GB the
    /// build may use.
    /// </summary>
    public const int DefaultPagesPerShard = 1_500;

    /// <summary>The smallest target: a site of fewer than half this many pages is one shard, as a run's fixed cost would outweigh reuse.</summary>
    public const int SmallestTarget = 64;

    /// <summary>
    /// About how many shards a site is split into, whatever its size, until the bound makes it more. Each shard adds
    /// its own index requests to a search, so more shards (less re-indexed after a change) cost readers on slow
    /// connections: four keeps England's search page within the byte budget of docs/budgets.md.
    /// </summary>
    public const int TargetShardCount = 4;

    /// <summary>
    /// The shards of the site's indexed pages (reports, plans, and an area page that holds 2016-2022 history), with
    /// at most <paramref name="pagesPerShard"/> each. The national reports go in the first shard, which a site with
    /// nothing else to index has for them alone.
    /// </summary>
    public static IReadOnlyList<SearchShard> Plan(SiteModel site, int pagesPerShard)
    {
        var shards = Plan(site.Areas.Select(area => (area.Area.Slug, area.Reports.Count + area.Plans.Count + (area.EarlierInspections.Count > 0 ? 1 : 0))), pagesPerShard);
        return shards.Count == 0 && site.ThematicReports.Count > 0 ? [new SearchShard(1, [], site.ThematicReports.Count)] : shards;
    }

    /// <summary>
    /// The same, from each area's slug and its number of report and plan pages. Areas are taken in ordinal order
    /// of their slugs and never split (an area with more pages than the bound is a shard of its own). The same
    /// site always gives the same shards.
    /// </summary>
    public static IReadOnlyList<SearchShard> Plan(IEnumerable<(string Slug, int Pages)> areaPages, int pagesPerShard)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pagesPerShard, 1);
        var areas = areaPages
            .Where(area => area.Pages > 0)
            .OrderBy(area => area.Slug, StringComparer.Ordinal)
            .ToList();
        var target = Target(areas.Sum(area => area.Pages), pagesPerShard);
        var shards = new List<SearchShard>();
        var slugs = new List<string>();
        var pages = 0;
        foreach (var (slug, count) in areas)
        {
            if (slugs.Count > 0 && pages + count > pagesPerShard)
            {
                Close();
            }
            slugs.Add(slug);
            pages += count;
            if (pages >= target / 2 && EndsShard(slug, count, target))
            {
                Close();
            }
        }
        if (slugs.Count > 0)
        {
            Close();
        }
        return shards;

        void Close()
        {
            shards.Add(new SearchShard(shards.Count + 1, [.. slugs], pages));
            slugs.Clear();
            pages = 0;
        }
    }

    /// <summary>
    /// The mean distance between boundaries, in pages: a power of two near a quarter of the site, so it changes
    /// only when the site doubles or halves (and then every shard is indexed again, once), and never more than the
    /// bound allows.
    /// </summary>
    public static int Target(int totalPages, int pagesPerShard)
    {
        var wanted = Math.Max(SmallestTarget, totalPages / TargetShardCount);
        return Math.Min(PowerOfTwoAtMost(wanted), PowerOfTwoAtMost(pagesPerShard));
    }

    private static int PowerOfTwoAtMost(int value) => 1 << BitOperations.Log2((uint)value);

    /// <summary>Whether a shard ends after this area: decided by its slug and its size only.</summary>
    private static bool EndsShard(string slug, int pages, int target)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(slug), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)target < (ulong)pages;
    }
}
