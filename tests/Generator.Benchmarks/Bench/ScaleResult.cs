namespace SendSite.Benchmarks.Bench;

/// <summary>
/// Every measured run of one scale, kept whole so the report can show medians and the spread. The lists are
/// in run order, so Ours[i], Hugo[i] and HugoPagefind[i] are one alternating pair.
/// </summary>
public sealed record ScaleResult(string Scale, Corpus.CorpusSummary Corpus)
{
    /// <summary>Pages send-site built (its "Built N pages" line).</summary>
    public int Pages { get; set; }

    public List<ChildRun> Ours { get; } = [];

    public List<ChildRun> Hugo { get; } = [];

    /// <summary>Pagefind over Hugo's output, run right after each Hugo build in <see cref="Hugo"/>.</summary>
    public List<ChildRun> HugoPagefind { get; } = [];

    public List<ChildRun> Validate { get; } = [];

    /// <summary>Why Hugo was not run at this scale, printed in its place; null when it ran (or was not asked for).</summary>
    public string? HugoSkipped { get; set; }

    /// <summary>What failed (a build that exited non-zero, say at 100k), printed in the table; the runs before it are kept.</summary>
    public string? Failure { get; set; }

    /// <summary>
    /// Builds over the previous output after one plan changed (below 10x only), alternately the changed and the
    /// original input, so each rebuild differs from the output it replaces in one area.
    /// </summary>
    public List<ChildRun> OneAreaRebuild { get; } = [];

    /// <summary>The one gated build (at England scale only), or null.</summary>
    public ChildRun? Gated { get; set; }
}
