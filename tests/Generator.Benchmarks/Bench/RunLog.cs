namespace SendSite.Benchmarks.Bench;

/// <summary>The per-run lines: shown on stderr as they happen (a long run shows progress) and kept for the report.</summary>
public sealed class RunLog
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    public void Add(string line)
    {
        lines.Add(line);
        Console.Error.WriteLine(line);
    }
}
