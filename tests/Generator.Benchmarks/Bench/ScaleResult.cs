namespace SendSite.Benchmarks.Bench;

/// <summary>Every measured run of one scale, kept whole so the table can show medians and the spread.</summary>
public sealed record ScaleResult(string Scale, Corpus.CorpusSummary Corpus, int Pages)
{
    public List<ChildRun> Ours { get; } = [];

    public List<ChildRun> Hugo { get; } = [];

    public List<ChildRun> Validate { get; } = [];

    public ChildRun? Gated { get; set; }
}
