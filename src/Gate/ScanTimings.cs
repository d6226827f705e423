using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendSite.Gate;

/// <summary>
/// Where the browser's time goes, by template: loading the page, running axe, the reflow measurement and the deep checks. Printed at the
/// end of a run so a slow gate says which pages make it slow (wall time, so it includes waiting for a core).
/// </summary>
public sealed class ScanTimings
{
    private readonly ConcurrentDictionary<string, Totals> byTemplate = new(StringComparer.Ordinal);

    public void Add(string template, TimeSpan load, TimeSpan axe, TimeSpan reflow, TimeSpan deep)
    {
        var totals = byTemplate.GetOrAdd(template.Length == 0 ? "(none)" : template, _ => new Totals());
        lock (totals)
        {
            totals.Pages++;
            totals.Load += load;
            totals.Axe += axe;
            totals.Reflow += reflow;
            totals.Deep += deep;
        }
    }

    public void Print(TextWriter log)
    {
        foreach (var (template, totals) in byTemplate.OrderByDescending(pair => pair.Value.Load + pair.Value.Axe + pair.Value.Reflow + pair.Value.Deep).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            log.WriteLine($"gate: {template}: {totals.Pages} pages, mean load {Mean(totals.Load, totals.Pages)} ms, axe {Mean(totals.Axe, totals.Pages)} ms, reflow {Mean(totals.Reflow, totals.Pages)} ms" +
                (totals.Deep > TimeSpan.Zero ? $", deep checks {totals.Deep.TotalMilliseconds:0} ms in all" : ""));
        }
    }

    /// <summary>Runs one step and says how long it took.</summary>
    public static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> step)
    {
        var clock = Stopwatch.StartNew();
        var result = await step();
        return (result, clock.Elapsed);
    }

    private static string Mean(TimeSpan total, int pages) => (total.TotalMilliseconds / Math.Max(1, pages)).ToString("0");

    private sealed class Totals
    {
        public int Pages;
        public TimeSpan Load;
        public TimeSpan Axe;
        public TimeSpan Reflow;
        public TimeSpan Deep;
    }
}
