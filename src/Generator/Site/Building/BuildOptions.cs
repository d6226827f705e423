using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Site.Search;

namespace SendSite.Site.Building;

/// <summary>What one build reads, where it writes, and the clock it publishes at.</summary>
public sealed record BuildOptions(InputPaths Input, string OutputFolder, DateTimeOffset Now)
{
    /// <summary>Overrides site.yml's base_url, e.g. for a preview deployment.</summary>
    public Uri? BaseUrl { get; init; }

    public bool RunGate { get; init; } = true;

    /// <summary>False only for a base build the pull-request gate compares pages with (it needs the HTML, not the index).</summary>
    public bool BuildSearchIndex { get; init; } = true;

    /// <summary>After a successful build, adds the URLs it published to input/published-urls.txt.</summary>
    public bool RecordUrls { get; init; }

    /// <summary>
    /// The pull-request mode: an earlier build (the base branch's output). The gate then scans only the pages that
    /// are new or differ from it byte for byte, or load a file that does (see Gate/ChangedPages).
    /// </summary>
    public string? GateChangedFrom { get; init; }

    /// <summary>Where the gate's report goes; by default gate-report/ beside the output folder.</summary>
    public string? GateReportFolder { get; init; }

    /// <summary>
    /// Where the gate keeps its results between builds (Gate/GateCache), so unchanged pages are not opened again, and
    /// the search index its parts (Site/Search/SearchShardCache), so unchanged shards are not indexed again;
    /// by default .gate-cache/ beside the output folder.
    /// </summary>
    public string? GateCacheFolder { get; init; }

    /// <summary>
    /// The most report and plan pages one Pagefind run indexes; a bigger site's index is built in shards that
    /// the search page merges. Change it only to test sharding on a small site or to tune a very large one.
    /// </summary>
    public int SearchShardPages { get; init; } = SearchShardPlanner.DefaultPagesPerShard;

    /// <summary>Replace a non-empty output folder the generator did not make (never one with .git): `--force`.</summary>
    public bool Force { get; init; }

    /// <summary>How long to wait for another build of the same output to finish before giving up.</summary>
    public TimeSpan WaitForOutput { get; init; } = TimeSpan.Zero;

    /// <summary>Where the build records how long each stage took (`--timings` prints it).</summary>
    public StageTimings Timings { get; init; } = new();
}
