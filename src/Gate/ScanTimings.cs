using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendSite.Gate;

/// <summary>
/// Where the browser's time goes, by template: loading the page, running axe, the reflow measurement and the deep
/// checks (skip link, Tab walk, no JavaScript). Printed at the end of a run so a slow gate says which pages and which
/// checks make it slow (wall time, so it includes waiting for a core), with a last line of totals over every page.
/// </summary>
public sealed class ScanTimings
{
    private readonly ConcurrentDictionary<string, Totals> byTemplate = new(StringComparer.Ordinal);

    public void Add(string template, TimeSpan load, TimeSpan axe, TimeSpan reflow, DeepCheckTimes deep)
    {
        var totals = byTemplate.GetOrAdd(template.Length == 0 ? "(none)" : template, _ => new Totals());
        lock (totals)
        {
            totals.Add(load, axe, reflow, deep);
        }
    }

    public void Print(TextWriter log)
    {
        if (byTemplate.IsEmpty)
        {
            return;
        }
        var all = new Totals();
        foreach (var (template, totals) in byTemplate.OrderByDescending(pair => pair.Value.Sum).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            log.WriteLine($"gate: {template}: {totals.Pages} pages, mean load {Mean(totals.Load, totals.Pages)} ms, axe {Mean(totals.Axe, totals.Pages)} ms, reflow {Mean(totals.Reflow, totals.Pages)} ms" +
                (totals.Walks > 0 ? $", deep checks {totals.Deep.TotalMilliseconds:0} ms in all ({Mean(totals.Deep, totals.Walks)} ms a walked page)" : ""));
            all.Merge(totals);
        }
        log.WriteLine($"gate: browser time summed over pages: load {all.Load.TotalSeconds:0.0} s, axe {all.Axe.TotalSeconds:0.0} s, " +
            $"reflow {all.Reflow.TotalSeconds:0.0} s, skip link {all.SkipLink.TotalSeconds:0.0} s, Tab walks {all.TabWalk.TotalSeconds:0.0} s, " +
            $"no JavaScript {all.NoScript.TotalSeconds:0.0} s ({all.Pages} pages, {all.Walks} walked)");
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
        public int Walks;
        public TimeSpan Load;
        public TimeSpan Axe;
        public TimeSpan Reflow;
        public TimeSpan SkipLink;
        public TimeSpan TabWalk;
        public TimeSpan NoScript;

        public TimeSpan Deep => SkipLink + TabWalk + NoScript;

        public TimeSpan Sum => Load + Axe + Reflow + Deep;

        public void Add(TimeSpan load, TimeSpan axe, TimeSpan reflow, DeepCheckTimes deep)
        {
            Pages++;
            Walks += deep.Total > TimeSpan.Zero ? 1 : 0;
            Load += load;
            Axe += axe;
            Reflow += reflow;
            SkipLink += deep.SkipLink;
            TabWalk += deep.TabWalk;
            NoScript += deep.NoScript;
        }

        public void Merge(Totals other)
        {
            Pages += other.Pages;
            Walks += other.Walks;
            Load += other.Load;
            Axe += other.Axe;
            Reflow += other.Reflow;
            SkipLink += other.SkipLink;
            TabWalk += other.TabWalk;
            NoScript += other.NoScript;
        }
    }
}
