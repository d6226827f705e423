using System.Diagnostics;

namespace SendSite.Gate;

/// <summary>Prints a progress line every tenth of the pages (at least every 10), so a long scan shows it is moving.</summary>
public sealed class ScanProgress(TextWriter log, int total, Stopwatch clock)
{
    private const int MinimumStep = 10;
    private readonly int step = Math.Max(MinimumStep, total / 10);
    private int done;

    public void PageDone()
    {
        var count = Interlocked.Increment(ref done);
        if (count % step == 0 || count == total)
        {
            var rate = count / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            lock (log)
            {
                log.WriteLine($"gate: {count}/{total} pages scanned ({rate:0.0} pages/s)");
            }
        }
    }
}
