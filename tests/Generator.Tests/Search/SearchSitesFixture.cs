using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Site.Search;
using SendSite.Tests.Support;
using Xunit;

namespace SendSite.Tests.Search;

/// <summary>
/// Two built sites with their search index, made once for every search test: the bundled input (which has an
/// embargoed report with "Zebrafinchquorum" and a draft with "Quillmarrowdraft"), served under its real base
/// path to show the search works below the host's root; and the small test input with an embargoed and a draft
/// report added, each with a word of its own; and the bundled input again with its index in shards of at most
/// <see cref="ShardPages"/> pages, to compare with the one-bundle index. Built without the gate: the gate has its own tests.
/// </summary>
public sealed class SearchSitesFixture : IAsyncLifetime
{
    public const string BundledBasePath = "/send-inspections/";
    public const string EmbargoedWord = "Embargoedwordxyz";
    public const string DraftWord = "Draftwordxyz";
    /// <summary>Small enough to split the bundled site's 20 reports and plans into several shards.</summary>
    public const int ShardPages = 6;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public StaticSiteServer Bundled { get; private set; } = null!;

    public StaticSiteServer Small { get; private set; } = null!;

    public StaticSiteServer Sharded { get; private set; } = null!;

    public string ShardedFolder => folder.Combine("sharded");

    public Uri ShardedSearchPage => new(Sharded.BaseAddress, BundledBasePath.TrimStart('/') + "search/");

    public string BundledFolder => folder.Combine("bundled");

    public string SmallFolder => folder.Combine("small");

    public Uri BundledSearchPage => new(Bundled.BaseAddress, BundledBasePath.TrimStart('/') + "search/");

    public Uri SmallSearchPage => new(Small.BaseAddress, "search/");

    public async Task InitializeAsync()
    {
        await BuildAsync(RepositoryRoot.Combine("input"), BundledFolder);
        await BuildAsync(RepositoryRoot.Combine("input"), ShardedFolder, ShardPages);

        var input = SampleInput.WriteTo(folder);
        folder.Write("input/reports/eastwold/2026-10-01-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: eastwold").Replace("2024-03-04", "2026-10-01").Replace("2024-03-08", "2026-10-02")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-12-01T09:30:00Z")
            .Replace("Children wait too long", $"{EmbargoedWord} children wait"));
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft").Replace("Children wait too long", $"{DraftWord} children wait"));
        await BuildAsync(input, SmallFolder);

        Bundled = StaticSiteServer.Start(BundledFolder, BundledBasePath);
        Small = StaticSiteServer.Start(SmallFolder);
        Sharded = StaticSiteServer.Start(ShardedFolder, BundledBasePath);
    }

    private static async Task BuildAsync(string input, string output, int shardPages = SearchShardPlanner.DefaultPagesPerShard)
    {
        var log = new StringWriter();
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, output, Now) { RunGate = false, SearchShardPages = shardPages }, log);
        if (!result.Success)
        {
            throw new InvalidOperationException($"The test site {input} did not build: {result.Failure}\n{log}\n{string.Join("\n", result.Diagnostics)}");
        }
    }

    public async Task DisposeAsync()
    {
        await Bundled.DisposeAsync();
        await Small.DisposeAsync();
        await Sharded.DisposeAsync();
        folder.Dispose();
    }
}
