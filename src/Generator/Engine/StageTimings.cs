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

    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages =>
        [.. stages, .. totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, TimeSpan.FromTicks(t.Value)))];

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
    /// Adds to a part's running total: for work done a piece at a time on many threads (each deferred page), so
    /// the total is time spent on all threads together and can be more than the stage's own wall time.
    /// </summary>
    public void Accumulate(string stage, TimeSpan elapsed) => totals.AddOrUpdate(stage, elapsed.Ticks, (_, sum) => sum + elapsed.Ticks);

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
