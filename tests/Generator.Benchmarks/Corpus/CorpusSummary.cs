namespace SendSite.Benchmarks.Corpus;

/// <summary>What a corpus holds, for the command's output and the benchmark's table.</summary>
public sealed record CorpusSummary(int Areas, int Reports, int Plans, int Pages, long Bytes)
{
    public int Documents => Reports + Plans;
}
