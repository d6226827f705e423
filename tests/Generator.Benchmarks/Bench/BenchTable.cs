using System.Globalization;

namespace SendSite.Benchmarks.Bench;

/// <summary>The benchmark's result as Markdown tables, ready to paste into docs/performance.md.</summary>
public static class BenchTable
{
    public static void Print(IReadOnlyList<ScaleResult> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| scale | areas | reports | plans | Markdown | pages | send-site (median) | pages/s | peak memory | Hugo (median) | Hugo peak | ours/Hugo wall (median of pairs) | CPU s ours / Hugo | ours/Hugo CPU | validate (median) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var ours = Statistics.Median(r.Ours.Select(o => o.Wall.TotalSeconds));
            var hugo = Statistics.Median(r.Hugo.Select(o => o.Wall.TotalSeconds));
            var oursCpu = Statistics.Median(r.Ours.Select(o => o.CpuSeconds));
            var hugoCpu = Statistics.Median(r.Hugo.Select(o => o.CpuSeconds));
            var cpuRatio = r.Hugo.Count == 0 ? "-" : Statistics.Median(r.Ours.Zip(r.Hugo, (a, b) => a.CpuSeconds / b.CpuSeconds)).ToString("0.00", CultureInfo.InvariantCulture);
            var ratio = r.Hugo.Count == 0 ? "-" : Statistics.Median(r.Ours.Zip(r.Hugo, (a, b) => a.Wall.TotalSeconds / b.Wall.TotalSeconds)).ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Scale} | {r.Corpus.Areas} | {r.Corpus.Reports} | {r.Corpus.Plans} | {r.Corpus.Bytes / 1_048_576.0:0.0} MiB | {r.Pages} | {ours:0.00} s | {r.Pages / ours:0} | {Statistics.Median(r.Ours.Select(o => (double)o.PeakKiB)) / 1024:0} MiB | " +
                $"{(r.Hugo.Count == 0 ? "-" : hugo.ToString("0.00", CultureInfo.InvariantCulture) + " s")} | {(r.Hugo.Count == 0 ? "-" : (Statistics.Median(r.Hugo.Select(o => (double)o.PeakKiB)) / 1024).ToString("0", CultureInfo.InvariantCulture) + " MiB")} | {ratio} | {oursCpu:0.0} / {hugoCpu:0.0} | {cpuRatio} | {Statistics.Median(r.Validate.Select(v => v.Wall.TotalSeconds)):0.00} s |"));
        }
        foreach (var r in results)
        {
            output.WriteLine();
            output.WriteLine($"Stages of send-site at {r.Scale} (median of {r.Ours.Count} runs; all runs in seconds: {string.Join(", ", r.Ours.Select(o => o.Wall.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))}" +
                (r.Hugo.Count > 0 ? $"; Hugo: {string.Join(", ", r.Hugo.Select(o => o.Wall.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))}" : "") + "):");
            output.WriteLine();
            output.WriteLine("| stage | median ms |");
            output.WriteLine("| --- | ---: |");
            var stages = r.Ours.Select(o => StageReport.Parse(o.Output)).ToList();
            foreach (var stage in stages.FirstOrDefault() ?? [])
            {
                var values = stages.SelectMany(s => s.Where(x => x.Stage == stage.Stage).Select(x => x.Milliseconds));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage.Stage} | {Statistics.Median(values):0} |"));
            }
            if (r.Gated is { } gated)
            {
                var gate = StageReport.Parse(gated.Output).FirstOrDefault(s => s.Stage == "gate").Milliseconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| gate (one gated build, exit {gated.ExitCode}) | {gate:0} ({(gate > 0 ? r.Pages / (gate / 1000) : 0):0.0} pages/s) |"));
            }
        }
    }
}
