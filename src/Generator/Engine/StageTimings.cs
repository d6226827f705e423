using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendSite.Engine;

/// <summary>
/// How long each stage of a build or a validation took, for `--timings` and the benchmark. Stages are named
/// in the order they ran; a stage's parts (one per pipeline) are named "stage/part" and overlap in time,
/// because independent pipelines run in parallel. Measuring is cheap, so it is always on; printing is asked for.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentQueue<(string Stage, TimeSpan Elapsed)> stages = new();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => [.. stages];

    public T Measure<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            Record(stage, clock.Elapsed);
        }
    }

    public void Measure(string stage, Action work) => Measure(stage, () =>
    {
        work();
        return true;
    });

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await work();
        }
        finally
        {
            Record(stage, clock.Elapsed);
        }
    }

    public void Record(string stage, TimeSpan elapsed) => stages.Enqueue((stage, elapsed));

    /// <summary>
    /// One line per stage, "  name  123.4 ms", then the process's peak memory (VmHWM on Linux): the
    /// benchmark reads these lines, people read them too.
    /// </summary>
    public void Print(TextWriter output, TimeSpan total)
    {
        output.WriteLine("Timings:");
        var all = Stages;
        foreach (var (stage, elapsed) in all.Where(s => !s.Stage.Contains('/')))
        {
            output.WriteLine($"  {stage,-32} {elapsed.TotalMilliseconds,10:0.0} ms");
            foreach (var (part, partElapsed) in all.Where(s => s.Stage.StartsWith(stage + "/", StringComparison.Ordinal)).OrderByDescending(s => s.Elapsed))
            {
                output.WriteLine($"    {part,-30} {partElapsed.TotalMilliseconds,10:0.0} ms");
            }
        }
        output.WriteLine($"  {"total",-32} {total.TotalMilliseconds,10:0.0} ms");
        using var self = Process.GetCurrentProcess();
        output.WriteLine($"  {"peak memory",-32} {self.PeakWorkingSet64 / 1_048_576.0,10:0.0} MiB");
    }
}
