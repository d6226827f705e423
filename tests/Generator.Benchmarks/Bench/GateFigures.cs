namespace SendSite.Benchmarks.Bench;

/// <summary>
/// The one gated build: its exit code, the gate stage's time from `--timings`, and how many pages the gate
/// scanned in the browser. Pages per second are the scanned pages over the whole gate stage (browser start,
/// link check and the HTML validator included), which is stricter than the gate's own browser-time rate.
/// </summary>
public sealed record GateFigures(int ExitCode, double WallSeconds, double? GateSeconds, int ScannedPages)
{
    public double? PagesPerSecond => GateSeconds is > 0 && ScannedPages > 0 ? ScannedPages / GateSeconds : null;

    public static GateFigures From(ChildRun gated) => new(
        gated.ExitCode,
        gated.Wall.TotalSeconds,
        StageReport.Stage(gated.Output, "gate") / 1000,
        StageReport.GateScannedPages(gated.Output));

    /// <summary>The gate's line of the report, from the figures alone.</summary>
    public static string Describe(bool asked, string gateScale, GateFigures? gate)
    {
        if (!asked)
        {
            return "not measured (--gate not given).";
        }
        if (gate is null)
        {
            return $"not measured: --gate runs one gated build at {gateScale} scale only, and {gateScale} was not measured in this run.";
        }
        var rate = gate.PagesPerSecond is { } pps ? pps.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " pages/s" : "no rate (no gate stage or page count printed)";
        var stage = gate.GateSeconds is { } seconds
            ? "gate stage " + seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s"
            : "no gate stage printed (the build stopped before or during the gate)";
        var failed = gate.ExitCode == 0 ? "" : "The gated build failed: the gate found problems in the site or could not run (see the run log and the gate report beside the output folder). ";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"one gated build at {gateScale} scale (`build --timings`, exit {gate.ExitCode}, {gate.WallSeconds:0.0} s wall): {stage}, " +
            $"{gate.ScannedPages:#,0} pages scanned in the browser, {rate} (scanned pages over the whole gate stage: browser, link check and HTML validator). " +
            $"{failed}Not run at 10x or 100k: the full gate over every page of 10x would take too long for one benchmark run.");
    }
}
