using SendSite.Site.Search;

namespace SendSite.Tests.Search;

/// <summary>
/// How the indexed pages are split into shards: whole areas, in ordinal order, within the bound, with boundaries
/// that one area's change moves only next to that area.
/// </summary>
public sealed class SearchShardPlannerTests
{
    /// <summary>An England-sized site: 153 areas of 3 to 12 report and plan pages (about 1,150 in all).</summary>
    private static readonly (string Slug, int Pages)[] England =
        [.. Enumerable.Range(0, 153).Select(i => ($"area-{i:000}", 3 + (i * 7 % 10)))];

    [Fact]
    public void A_small_site_is_one_shard_in_the_usual_bundle()
    {
        var shards = SearchShardPlanner.Plan([("b", 13), ("a", 12), ("c", 6)], SearchShardPlanner.DefaultPagesPerShard);

        var shard = Assert.Single(shards);
        Assert.Equal(["a", "b", "c"], shard.AreaSlugs);
        Assert.Equal(31, shard.Pages);
        Assert.Equal(SearchIndexLayout.BundleFolder, shard.BundleFolder);
    }

    [Fact]
    public void Areas_fill_shards_in_ordinal_order_within_the_bound_without_being_split()
    {
        var shards = SearchShardPlanner.Plan([("c", 2), ("B", 1), ("a", 3), ("d", 4), ("e", 0)], 4);

        Assert.Equal(["B", "a", "c", "d"], shards.SelectMany(shard => shard.AreaSlugs));
        Assert.All(shards, shard => Assert.InRange(shard.Pages, 1, 4));
        Assert.Equal(Enumerable.Range(1, shards.Count), shards.Select(shard => shard.Number));
        Assert.Equal(["search/pagefind", "search/pagefind-2"], shards.Take(2).Select(shard => shard.BundleFolder));
    }

    [Fact]
    public void An_area_bigger_than_the_bound_is_a_shard_of_its_own()
    {
        var shards = SearchShardPlanner.Plan([("a", 1), ("big", 10), ("c", 1)], 3);

        Assert.Contains(shards, shard => shard.AreaSlugs.SequenceEqual(["big"]));
        Assert.All(shards.Where(shard => shard.Pages > 3), shard => Assert.Single(shard.AreaSlugs));
    }

    [Fact]
    public void An_england_sized_site_is_split_into_a_few_shards_of_whole_areas()
    {
        var shards = SearchShardPlanner.Plan(England, SearchShardPlanner.DefaultPagesPerShard);

        Assert.Equal(256, SearchShardPlanner.Target(England.Sum(area => area.Pages), SearchShardPlanner.DefaultPagesPerShard));
        Assert.InRange(shards.Count, 2, 10);
        Assert.All(shards, shard => Assert.True(shard.Pages >= 32 || shard.Number == shards.Count, $"shard {shard.Number} has {shard.Pages} pages"));
        Assert.Equal(England.Select(area => area.Slug), shards.SelectMany(shard => shard.AreaSlugs));
    }

    [Fact]
    public void One_area_gaining_or_losing_a_page_changes_at_most_the_two_shards_beside_it()
    {
        var before = Areas(SearchShardPlanner.Plan(England, SearchShardPlanner.DefaultPagesPerShard));
        for (var changed = 0; changed < England.Length; changed++)
        {
            foreach (var change in new[] { 1, -1 })
            {
                var after = Areas(SearchShardPlanner.Plan(
                    England.Select((area, i) => i == changed ? (area.Slug, area.Pages + change) : area),
                    SearchShardPlanner.DefaultPagesPerShard));

                // Shards are compared by their areas: a shard whose areas are the same reads the same pages but the changed one.
                var kept = after.Count(shard => before.Contains(shard));
                Assert.True(after.Count - kept <= 2, $"{England[changed].Slug} {change:+0;-0}: {after.Count - kept} of {after.Count} shards changed");
            }
        }
    }

    [Fact]
    public void The_target_is_a_power_of_two_that_changes_only_when_the_site_doubles_and_stays_within_the_bound()
    {
        Assert.Equal(64, SearchShardPlanner.Target(20, 1_500));
        Assert.Equal(256, SearchShardPlanner.Target(1_180, 1_500));
        Assert.Equal(256, SearchShardPlanner.Target(2_000, 1_500));
        Assert.Equal(1_024, SearchShardPlanner.Target(11_767, 1_500));
        Assert.Equal(1_024, SearchShardPlanner.Target(108_000, 1_500));
        Assert.Equal(4, SearchShardPlanner.Target(20, 6));
    }

    [Fact]
    public void A_shard_reads_only_its_own_areas_pages_and_the_first_also_the_national_reports()
    {
        var shard = SearchShardPlanner.Plan([("north-x", 1), ("south-y", 1)], SearchShardPlanner.DefaultPagesPerShard).Single();

        Assert.Equal("{areas/{north-x,south-y}/{index.html,{reports,plans}/*/index.html},thematic/*/index.html}", shard.Glob);
        Assert.Equal("areas/{east-z}/{index.html,{reports,plans}/*/index.html}", new SearchShard(2, ["east-z"], 1).Glob);
        Assert.Equal("thematic/*/index.html", new SearchShard(1, [], 1).Glob);
        Assert.Equal("pagefind-2/", SearchIndexLayout.ShardBundleUrlFromPage(2));
    }

    [Fact]
    public void The_bound_must_be_at_least_one_page()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchShardPlanner.Plan([("a", 1)], 0));
    }

    private static List<string> Areas(IReadOnlyList<SearchShard> shards) =>
        [.. shards.Select(shard => string.Join(',', shard.AreaSlugs))];
}
