namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// How big a corpus is. The England scale mirrors the real country: 153 local areas with about 800 reports and
/// 300 plans between them; the others multiply the number of areas, because a bigger country is more areas,
/// each with a history as long as England's.
/// </summary>
public sealed record CorpusScale(string Name, int Areas)
{
    public static readonly CorpusScale Tiny = new("tiny", 6);
    public static readonly CorpusScale England = new("england", 153);
    public static readonly CorpusScale TenTimes = new("10x", 1530);

    /// <summary>About 100,000 reports and plans: England's documents per area (about 7.2) times 13,900 areas.</summary>
    public static readonly CorpusScale HundredThousand = new("100k", 13900);

    public static IReadOnlyList<CorpusScale> All { get; } = [Tiny, England, TenTimes, HundredThousand];

    public static CorpusScale? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
