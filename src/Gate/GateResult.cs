namespace SendSite.Gate;

/// <summary>
/// The outcome of one gate run. <see cref="Problems"/> is what failed (sorted, exceptions already removed);
/// <see cref="Excepted"/> is what the reviewed exceptions file allowed, kept so the report still shows it.
/// </summary>
public sealed record GateResult(
    IReadOnlyList<GateProblem> Problems,
    IReadOnlyList<GateProblem> Excepted,
    IReadOnlyList<string> PagesScanned,
    TimeSpan BrowserTime)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>Pages scanned in the browser per second of browser time: the figure to watch as the site grows.</summary>
    public double PagesPerSecond =>
        BrowserTime.TotalSeconds > 0 ? PagesScanned.Count / BrowserTime.TotalSeconds : 0;
}
