using SendSite.Search;

namespace SendSite.Tests.Search;

/// <summary>How the indexed pages are split into shards: whole areas, in ordinal order, up to the bound.</summary>
public sealed class SearchShardPlannerTests
{
    [Fact]
    public void A_site_that_fits_is_one_shard_in_the_usual_bundle()
    {
        var shards = SearchShardPlanner.Plan([("b", 3), ("a", 2)], 5);

        var shard = Assert.Single(shards);
        Assert.Equal(["a", "b"], shard.AreaSlugs);
        Assert.Equal(5, shard.Pages);
        Assert.Equal(SearchIndexLayout.BundleFolder, shard.BundleFolder);
    }

    [Fact]
    public void Areas_fill_shards_in_ordinal_order_without_being_split()
    {
        var shards = SearchShardPlanner.Plan([("c", 2), ("B", 1), ("a", 3), ("d", 4), ("e", 0)], 4);

        Assert.Equal([["B", "a"], ["c"], ["d"]], shards.Select(shard => shard.AreaSlugs.ToArray()));
        Assert.Equal([4, 2, 4], shards.Select(shard => shard.Pages));
        Assert.Equal([1, 2, 3], shards.Select(shard => shard.Number));
        Assert.Equal(["search/pagefind", "search/pagefind-2", "search/pagefind-3"], shards.Select(shard => shard.BundleFolder));
    }

    [Fact]
    public void An_area_bigger_than_the_bound_is_a_shard_of_its_own()
    {
        var shards = SearchShardPlanner.Plan([("a", 1), ("big", 10), ("c", 1)], 3);

        Assert.Equal([["a"], ["big"], ["c"]], shards.Select(shard => shard.AreaSlugs.ToArray()));
    }

    [Fact]
    public void A_shard_reads_only_its_own_areas_report_and_plan_pages()
    {
        var shard = SearchShardPlanner.Plan([("north-x", 1), ("south-y", 1)], 2).Single();

        Assert.Equal("areas/{north-x,south-y}/{reports,plans}/*/index.html", shard.Glob);
        Assert.Equal("pagefind-2/", SearchIndexLayout.ShardBundleUrlFromPage(2));
    }

    [Fact]
    public void The_bound_must_be_at_least_one_page()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchShardPlanner.Plan([("a", 1)], 0));
    }
}
