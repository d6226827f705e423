namespace SendSite.Gate;

/// <summary>What the browser found on one page, and what it loaded to show it.</summary>
/// <param name="Problems">Everything axe and the gate's own checks found.</param>
/// <param name="Loaded">URL paths of this site the page fetched (stylesheets, scripts, images, data a script asked for), base path removed.</param>
/// <param name="Finished">Every check ran to its end: a page that did not load or timed out is not worth keeping in the cache.</param>
public sealed record PageScan(IReadOnlyList<GateProblem> Problems, IReadOnlyList<string> Loaded, bool Finished)
{
    public static PageScan Failed(GateProblem problem) => new([problem], [], false);
}
