using System.Diagnostics;

namespace SendSite.Benchmarks.Corpus;

/// <summary>`corpus --scale tiny|england|10x|100k --output DIR [--seed N]`: writes a benchmark input folder.</summary>
public static class CorpusCommand
{
    public const int DefaultSeed = 20261123;

    public static int Run(Arguments arguments)
    {
        var scaleName = arguments.Value("--scale") ?? "england";
        var output = arguments.Value("--output");
        if (CorpusScale.Find(scaleName) is not { } scale || output is null)
        {
            Console.Error.WriteLine($"usage: corpus --scale {string.Join('|', CorpusScale.All.Select(s => s.Name))} --output DIR [--seed N]");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var summary = CorpusWriter.Write(scale, output, arguments.Int("--seed", DefaultSeed));
        Console.WriteLine($"{scale.Name}: {summary.Areas} areas, {summary.Reports} reports, {summary.Plans} plans, {summary.Pages} pages, " +
            $"{summary.Bytes / 1_048_576.0:0.0} MiB of Markdown, written to {output} in {clock.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
