namespace SendSite.Gate;

/// <summary>
/// The outcome of one gate run. <see cref="Problems"/> is what failed (sorted, exceptions already removed);
/// <see cref="Excepted"/> is what the reviewed exceptions file allowed, kept so the report still shows it.
/// </summary>
/// <param name="PagesScanned">Every page checked, whether opened in the browser now or taken from the cache.</param>
public sealed record GateResult(
    IReadOnlyList<GateProblem> Problems,
    IReadOnlyList<GateProblem> Excepted,
    IReadOnlyList<string> PagesScanned,
    TimeSpan BrowserTime)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>How many pages were opened in the browser; the others' results came from the gate's cache.</summary>
    public int PagesOpened { get; init; }

    /// <summary>The pages Tab-walked, each with the structure it stood for.</summary>
    public IReadOnlyList<WalkedPage> Walks { get; init; } = [];

    /// <summary>Pages opened in the browser per second of browser time: the figure to watch as the site grows.</summary>
    public double PagesPerSecond =>
        BrowserTime.TotalSeconds > 0 ? PagesOpened / BrowserTime.TotalSeconds : 0;
}
