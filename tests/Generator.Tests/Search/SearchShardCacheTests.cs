using SendSite.Site.Building;
using SendSite.Site.Search;
using SendSite.Tests.Support;

namespace SendSite.Tests.Search;

/// <summary>
/// A build into an output folder with no index yet (the pull-request build, a fresh clone) copies from the build's
/// cache the search shards an earlier build made from the same pages. The sample site in shards of one area each:
/// northby is the first shard, southmere the second.
/// </summary>
public sealed class SearchShardCacheTests : IDisposable
{
    private const int OneAreaPerShard = 1;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public SearchShardCacheTests() => input = SampleInput.WriteTo(folder);

    public void Dispose() => folder.Dispose();

    private string CacheFolder => folder.Combine("cache");

    private string ShardCache => Path.Combine(CacheFolder, SearchShardCache.FolderName);

    private async Task<string> BuildAsync(string output, string? cache = null)
    {
        var log = new StringWriter();
        var options = new BuildOptions(input, folder.Combine(output), Now)
        {
            RunGate = false,
            SearchShardPages = OneAreaPerShard,
            GateCacheFolder = cache ?? CacheFolder,
        };
        var result = await SiteGenerator.BuildAsync(options, log);
        Assert.True(result.Success, result.Failure + "\n" + log);
        return log.ToString();
    }

    [Fact]
    public async Task A_build_into_a_new_folder_copies_every_unchanged_shard_from_the_cache_and_writes_what_a_cold_build_writes()
    {
        await BuildAsync("main-output");

        var log = await BuildAsync("branch-output");
        var cold = await BuildAsync("cold", folder.Combine("empty-cache"));

        Assert.Contains("(2 parts, 2 of them reused from", log);
        Assert.Contains("(2 parts, 0 of them reused from", cold);
        SiteSnapshot.AssertSame(SiteSnapshot.Of(folder.Combine("cold")), folder.Combine("branch-output"));
    }

    [Fact]
    public async Task Only_the_changed_areas_shard_is_indexed_again_and_the_cache_then_holds_just_this_builds_shards()
    {
        await BuildAsync("main-output");
        var before = Entries();
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport.Replace("Children wait too long", "Young people wait too long"));

        var log = await BuildAsync("branch-output");
        await BuildAsync("cold", folder.Combine("empty-cache"));

        Assert.Contains("(2 parts, 1 of them reused from", log); // southmere's
        SiteSnapshot.AssertSame(SiteSnapshot.Of(folder.Combine("cold")), folder.Combine("branch-output"));
        var after = Entries();
        Assert.Equal(2, before.Count);
        Assert.Equal(2, after.Count);
        Assert.Single(before.Intersect(after)); // northby's old entry is gone, its new one kept
        Assert.Equal(after, ManifestKeys("branch-output"));
    }

    [Fact]
    public async Task A_damaged_cache_entry_is_indexed_again_not_copied()
    {
        await BuildAsync("main-output");
        var fragment = Directory.GetFiles(ShardCache, "*.pf_fragment", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllBytes(fragment, [.. File.ReadAllBytes(fragment), 0]);

        var log = await BuildAsync("branch-output");
        await BuildAsync("cold", folder.Combine("empty-cache"));

        Assert.Contains("(2 parts, 1 of them reused from", log);
        SiteSnapshot.AssertSame(SiteSnapshot.Of(folder.Combine("cold")), folder.Combine("branch-output"));
    }

    [Fact]
    public async Task A_half_written_cache_entry_is_never_taken_for_a_whole_one()
    {
        await BuildAsync("main-output");
        foreach (var entry in Directory.GetDirectories(ShardCache))
        {
            Directory.Move(entry, entry + ".partial-0"); // as a build stopped before its move would leave it
        }

        var log = await BuildAsync("branch-output");

        Assert.Contains("(2 parts, 0 of them reused from", log);
        Assert.Equal(ManifestKeys("branch-output"), Entries());
    }

    /// <summary>The keys the cache holds an entry for.</summary>
    private HashSet<string> Entries() =>
        [.. Directory.GetDirectories(ShardCache).Select(Path.GetFileName).OfType<string>()];

    private HashSet<string> ManifestKeys(string output) =>
        [.. new[] { "pagefind", "pagefind-2" }.Select(bundle => SearchShardManifest.ReadFrom(folder.Combine(output, "search", bundle))!.Key)];
}
