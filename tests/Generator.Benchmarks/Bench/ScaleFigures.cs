namespace SendSite.Benchmarks.Bench;

/// <summary>
/// One scale's figures, computed from its runs alone (no clock, no files), so the report and the targets are
/// pure functions of measured numbers. Times are in seconds, memory in MiB; null where nothing was measured.
/// Ratios are medians of per-pair ratios (each send-site run against the Hugo run right after it), which
/// cancels slow periods of a shared machine better than a ratio of medians.
/// </summary>
public sealed record ScaleFigures
{
    /// <summary>The stages shown per scale, in the order a build runs them.</summary>
    public static readonly IReadOnlyList<string> StageNames = ["load", "validate", "markdown", "model", "render", "post-process", "write", "search index", "gate"];

    public required string Scale { get; init; }

    public Corpus.CorpusSummary? Corpus { get; init; }

    public int Pages { get; init; }

    public int Runs { get; init; }

    public double? OursWall { get; init; }

    /// <summary>Median of send-site's own "search index" stage (its Pagefind child).</summary>
    public double? SearchIndex { get; init; }

    /// <summary>Median over runs of (wall minus that run's search index stage).</summary>
    public double? WithoutSearchIndex { get; init; }

    public double? HugoWall { get; init; }

    /// <summary>Median over pairs of Hugo's wall plus the wall of Pagefind over Hugo's pages.</summary>
    public double? HugoPagefindWall { get; init; }

    public double? PagefindWall { get; init; }

    /// <summary>(a) median over pairs of (send-site wall minus its search index stage) / Hugo wall.</summary>
    public double? RatioWithoutSearchIndex { get; init; }

    /// <summary>(b) median over pairs of send-site's full wall / (Hugo wall + Pagefind wall).</summary>
    public double? RatioWithPagefind { get; init; }

    public double? OursCpu { get; init; }

    public double? HugoCpu { get; init; }

    public double? HugoPagefindCpu { get; init; }

    /// <summary>GNU time's maxrss of a send-site build: the largest process of its tree (generator or its Pagefind).</summary>
    public double? OursPeakMiB { get; init; }

    /// <summary>The generator process alone ("peak memory" of its `--timings`).</summary>
    public double? GeneratorPeakMiB { get; init; }

    public double? HugoPeakMiB { get; init; }

    public double? PagefindPeakMiB { get; init; }

    public double? ValidateWall { get; init; }

    /// <summary>Median wall seconds of a build over the previous output after one area's plan changed.</summary>
    public double? OneAreaRebuildWall { get; init; }

    /// <summary>Median seconds of that rebuild's search index stage (the shards it indexed again, the rest copied).</summary>
    public double? OneAreaRebuildSearchIndex { get; init; }

    public double? OneAreaRebuildCpu { get; init; }

    public int OneAreaRebuildRuns { get; init; }

    /// <summary>Median milliseconds per stage; "gate" comes from the gated build.</summary>
    public IReadOnlyDictionary<string, double> StageMilliseconds { get; init; } = new Dictionary<string, double>();

    public GateFigures? Gate { get; init; }

    public string? HugoSkipped { get; init; }

    public string? Failure { get; init; }

    public double? PagesPerSecond => OursWall is > 0 && Pages > 0 ? Pages / OursWall : null;

    public double? PagesPerSecondWithoutSearchIndex => WithoutSearchIndex is > 0 && Pages > 0 ? Pages / WithoutSearchIndex : null;

    public static ScaleFigures From(ScaleResult result)
    {
        var ours = result.Ours;
        var searchIndex = ours.Select(SearchIndexSeconds).ToList();
        var withoutIndex = ours.Select((run, i) => run.Wall.TotalSeconds - searchIndex[i]).ToList();
        var pairs = Math.Min(ours.Count, result.Hugo.Count);
        var pagefindPairs = Math.Min(pairs, result.HugoPagefind.Count);
        var hugoPagefind = Enumerable.Range(0, pagefindPairs)
            .Select(i => result.Hugo[i].Wall.TotalSeconds + result.HugoPagefind[i].Wall.TotalSeconds).ToList();

        var stages = ours.Select(run => StageReport.Parse(run.Output)).ToList();
        var stageMedians = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in StageNames)
        {
            var values = stages.SelectMany(s => s.Where(x => x.Stage == name).Select(x => x.Milliseconds)).ToList();
            if (values.Count > 0)
            {
                stageMedians[name] = Statistics.Median(values);
            }
        }
        var gate = result.Gated is { } gated ? GateFigures.From(gated) : null;
        if (gate?.GateSeconds is { } gateSeconds)
        {
            stageMedians["gate"] = gateSeconds * 1000;
        }

        return new ScaleFigures
        {
            Scale = result.Scale,
            Corpus = result.Corpus,
            Pages = result.Pages,
            Runs = ours.Count,
            OursWall = MedianOrNull(ours.Select(o => o.Wall.TotalSeconds)),
            SearchIndex = MedianOrNull(searchIndex),
            WithoutSearchIndex = MedianOrNull(withoutIndex),
            HugoWall = MedianOrNull(result.Hugo.Select(h => h.Wall.TotalSeconds)),
            HugoPagefindWall = MedianOrNull(hugoPagefind),
            PagefindWall = MedianOrNull(result.HugoPagefind.Select(p => p.Wall.TotalSeconds)),
            RatioWithoutSearchIndex = MedianOrNull(Enumerable.Range(0, pairs).Select(i => withoutIndex[i] / result.Hugo[i].Wall.TotalSeconds)),
            RatioWithPagefind = MedianOrNull(Enumerable.Range(0, pagefindPairs).Select(i => ours[i].Wall.TotalSeconds / hugoPagefind[i])),
            OursCpu = MedianOrNull(ours.Select(o => o.CpuSeconds)),
            HugoCpu = MedianOrNull(result.Hugo.Select(h => h.CpuSeconds)),
            HugoPagefindCpu = MedianOrNull(Enumerable.Range(0, pagefindPairs).Select(i => result.Hugo[i].CpuSeconds + result.HugoPagefind[i].CpuSeconds)),
            OursPeakMiB = MaxOrNull(ours.Select(o => o.PeakKiB / 1024.0)),
            GeneratorPeakMiB = MaxOrNull(ours.Select(o => StageReport.PeakMemoryMiB(o.Output)).OfType<double>()),
            HugoPeakMiB = MaxOrNull(result.Hugo.Select(h => h.PeakKiB / 1024.0)),
            PagefindPeakMiB = MaxOrNull(result.HugoPagefind.Select(p => p.PeakKiB / 1024.0)),
            ValidateWall = MedianOrNull(result.Validate.Select(v => v.Wall.TotalSeconds)),
            OneAreaRebuildWall = MedianOrNull(result.OneAreaRebuild.Select(o => o.Wall.TotalSeconds)),
            OneAreaRebuildSearchIndex = MedianOrNull(result.OneAreaRebuild.Select(SearchIndexSeconds)),
            OneAreaRebuildCpu = MedianOrNull(result.OneAreaRebuild.Select(o => o.CpuSeconds)),
            OneAreaRebuildRuns = result.OneAreaRebuild.Count,
            StageMilliseconds = stageMedians,
            Gate = gate,
            HugoSkipped = result.HugoSkipped,
            Failure = result.Failure,
        };
    }

    /// <summary>A run without a search index stage (a site with nothing to index) spent nothing on it.</summary>
    private static double SearchIndexSeconds(ChildRun run) => (StageReport.Stage(run.Output, "search index") ?? 0) / 1000;

    private static double? MedianOrNull(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Statistics.Median(list);
    }

    /// <summary>Peak memory is the largest of the runs: a limit has to hold for every build, not the typical one.</summary>
    private static double? MaxOrNull(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Max();
    }
}
