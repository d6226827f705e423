using Microsoft.Playwright;
using SendSite.Site.Search;

namespace SendSite.Tests.Search;

/// <summary>
/// The same bundled site with its index in several shards: one search, merged by the page, finds exactly the
/// pages the one-bundle index finds, spread over more than one shard, and the filters list and match the same.
/// </summary>
public sealed partial class SearchPageTests
{
    [Theory]
    [InlineData("therapy")]
    [InlineData("transport")]
    [InlineData("waiting times")]
    public async Task A_sharded_index_finds_the_same_pages_as_one_index_from_more_than_one_shard(string query)
    {
        var one = await OpenAsync(new Uri(sites.BundledSearchPage, $"?q={Uri.EscapeDataString(query)}"));
        var sharded = await OpenAsync(new Uri(sites.ShardedSearchPage, $"?q={Uri.EscapeDataString(query)}"));

        var expected = await AllResultsAsync(one);
        var found = await AllResultsAsync(sharded);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
        Assert.Equal(await one.InnerTextAsync("#search-status"), await sharded.InnerTextAsync("#search-status"));
        var shards = found.Select(ShardOf).Distinct().ToList();
        Assert.True(shards.Count > 1, $"'{query}' was found in shard {string.Join(", ", shards)} only");
    }

    [Theory]
    [InlineData("type=Full+inspection")]
    [InlineData("type=Full+inspection&type=Priority+action+plan")]
    [InlineData("outcome=Widespread+and%2For+systemic+failings")]
    [InlineData("region=North+West&type=SEND+strategic+plan")]
    public async Task Filters_of_a_sharded_index_list_and_match_what_one_index_does(string filters)
    {
        var one = await OpenAsync(new Uri(sites.BundledSearchPage, $"?q=children&{filters}"));
        var sharded = await OpenAsync(new Uri(sites.ShardedSearchPage, $"?q=children&{filters}"));
        await one.WaitForSelectorAsync("#search[data-state=done]");
        await sharded.WaitForSelectorAsync("#search[data-state=done]");

        Assert.Contains(":true", string.Join(' ', await FilterChoicesAsync(one)));
        Assert.Equal(await FilterChoicesAsync(one), await FilterChoicesAsync(sharded));
        var expected = await AllResultsAsync(one);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await AllResultsAsync(sharded));
        Assert.Equal(await one.InnerTextAsync("#search-status"), await sharded.InnerTextAsync("#search-status"));
    }

    [Fact]
    public async Task An_area_filter_finds_an_areas_pages_in_whichever_shard_holds_them()
    {
        var lastShard = Shards()[^1];
        var area = lastShard.AreaSlugs[^1];
        var name = await AreaNameAsync(area);
        var sharded = await OpenAsync(new Uri(sites.ShardedSearchPage, $"?q=children&area={Uri.EscapeDataString(name)}"));

        var found = await AllResultsAsync(sharded);

        Assert.NotEmpty(found);
        Assert.All(found, path => Assert.StartsWith($"{SearchSitesFixture.BundledBasePath}areas/{area}/", path));
    }

    /// <summary>Every result's address (path and section), after showing them all, in the order shown.</summary>
    private static async Task<List<string>> AllResultsAsync(IPage page)
    {
        await page.WaitForSelectorAsync("#search[data-state=done]");
        while (await page.IsVisibleAsync("#search-more"))
        {
            var shown = await page.Locator(Results).CountAsync();
            await page.ClickAsync("#search-more");
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('{Results}').length > {shown}");
        }
        var links = await page.Locator($"{Results} h2 a").EvaluateAllAsync<string[]>("links => links.map(link => link.href)");
        return [.. links.Select(link => new Uri(link).PathAndQuery).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> FilterChoicesAsync(IPage page) =>
        [.. await page.Locator("#search-filters input[type=checkbox]").EvaluateAllAsync<string[]>(
            "boxes => boxes.map(box => `${box.name}=${box.value}:${box.checked}`)")];

    /// <summary>The shards as the build planned them, from the report and plan pages it wrote (not the redirects).</summary>
    private IReadOnlyList<SearchShard> Shards()
    {
        var areas = Directory.GetDirectories(Path.Combine(sites.ShardedFolder, "areas")).Select(folder => (
            Path.GetFileName(folder),
            new[] { "reports", "plans" }
                .Where(kind => Directory.Exists(Path.Combine(folder, kind)))
                .SelectMany(kind => Directory.GetFiles(Path.Combine(folder, kind), "index.html", SearchOption.AllDirectories))
                .Count(file => File.ReadAllText(file).Contains("data-pagefind-body", StringComparison.Ordinal))));
        return SearchShardPlanner.Plan(areas, SearchSitesFixture.ShardPages);
    }

    private int ShardOf(string resultPath)
    {
        var area = resultPath[$"{SearchSitesFixture.BundledBasePath}areas/".Length..].Split('/')[0];
        return Shards().Single(shard => shard.AreaSlugs.Contains(area)).Number;
    }

    private async Task<string> AreaNameAsync(string slug)
    {
        var page = await (await NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(sites.Sharded.BaseAddress, $"{SearchSitesFixture.BundledBasePath.TrimStart('/')}areas/{slug}/").ToString());
        return (await page.InnerTextAsync("h1")).Trim();
    }
}
