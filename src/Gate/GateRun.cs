namespace SendSite.Gate;

/// <summary>What one run of the gate covered, for its result and its last lines.</summary>
/// <param name="Pages">Every page checked, from the cache or in the browser.</param>
/// <param name="Opened">How many of them were opened in the browser (the rest came from the cache).</param>
/// <param name="BrowserTime">The wall time of the browser's part.</param>
/// <param name="Walks">The Tab-walked pages and the structures they stood for.</param>
internal sealed record GateRun(IReadOnlyList<string> Pages, int Opened, TimeSpan BrowserTime, IReadOnlyList<WalkedPage> Walks)
{
    public static GateRun Nothing { get; } = new([], 0, TimeSpan.Zero, []);
}
