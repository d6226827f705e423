using System.Globalization;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// Issue 7's targets, judged from the figures of one benchmark run: never hard-coded, "not measured" when
/// the run did not measure it (a scale not in --scales, --serve not asked for).
/// </summary>
public static class Targets
{
    public const double RatioLimit = 1.0;

    /// <summary>"2 GB" read strictly as 2,000,000,000 bytes, in MiB.</summary>
    public const double PeakMemoryLimitMiB = 2_000_000_000 / 1_048_576.0;

    public const double ValidateLimitSeconds = 1.0;

    public const double ServeLimitMilliseconds = 200;

    public const double GateMinimumPagesPerSecond = 20;

    public const double PullRequestGateLimitSeconds = 15;

    public static IReadOnlyList<TargetRow> Evaluate(IReadOnlyList<ScaleFigures> scales, OptionalMeasure serve, OptionalMeasure pullRequestGate)
    {
        var england = scales.FirstOrDefault(s => s.Scale == "england");
        var hundredThousand = scales.FirstOrDefault(s => s.Scale == "100k");
        return
        [
            AtMost("ours/Hugo ≤ 1.0 at England scale without the gate: (a) send-site without its search index vs Hugo",
                england?.RatioWithoutSearchIndex, RatioLimit, v => F(v, "0.00"), england is null ? "england not in --scales" : "Hugo not run (--hugo)"),
            AtMost("ours/Hugo ≤ 1.0 at England scale without the gate: (b) send-site in full vs Hugo + Pagefind",
                england?.RatioWithPagefind, RatioLimit, v => F(v, "0.00"), england is null ? "england not in --scales" : "Hugo not run (--hugo)"),
            AtMost("peak memory ≤ 2 GB (1,907 MiB) at 100,000 documents (the largest process of the build)",
                hundredThousand?.Failure is null ? hundredThousand?.OursPeakMiB : null, PeakMemoryLimitMiB,
                v => F(v, "#,0") + " MiB" + (hundredThousand?.GeneratorPeakMiB is { } g ? $" (generator alone {F(g, "#,0")} MiB)" : ""),
                hundredThousand is null ? "100k not in --scales" : $"the 100k build failed: {hundredThousand.Failure}"),
            AtMost("`validate` of England's dataset < 1 s end to end", england?.ValidateWall, ValidateLimitSeconds,
                v => F(v, "0.00") + " s (median)", "england not in --scales", strictlyBelow: true),
            AtMost("`serve` rebuilds after one plan changes in < 200 ms at England scale", serve.Value, ServeLimitMilliseconds,
                v => F(v, "0") + $" ms (median; {serve.How})", serve.How, strictlyBelow: true),
            // The rate is a speed: a gate that scanned every page and then reported problems (exit 1) still
            // measured it, and says so; a build that stopped before the gate measured nothing.
            AtLeast("full gate ≥ 20 pages/s on 2 cores", england?.Gate?.PagesPerSecond, GateMinimumPagesPerSecond,
                v => F(v, "0.0") + " pages/s (scanned pages / gate stage, England)" +
                    (england!.Gate!.ExitCode == 0 ? "" : $"; the gate failed the site (exit {england.Gate.ExitCode}): see its report"),
                england?.Gate is { } gate ? $"the gated build printed no gate stage or page count (exit {gate.ExitCode})" : "not measured (--gate, at England scale)"),
            AtMost("pull-request gate mode < 15 s", pullRequestGate.Value, PullRequestGateLimitSeconds,
                v => F(v, "0.0") + $" s (median; {pullRequestGate.How})", pullRequestGate.How, strictlyBelow: true),
        ];
    }

    private static TargetRow AtMost(string target, double? value, double limit, Func<double, string> show, string whyNotMeasured, bool strictlyBelow = false) =>
        value is not { } v
            ? new TargetRow(target, whyNotMeasured, TargetStatus.NotMeasured)
            : new TargetRow(target, show(v), (strictlyBelow ? v < limit : v <= limit) ? TargetStatus.Met : TargetStatus.NotMet);

    private static TargetRow AtLeast(string target, double? value, double minimum, Func<double, string> show, string whyNotMeasured) =>
        value is not { } v
            ? new TargetRow(target, whyNotMeasured, TargetStatus.NotMeasured)
            : new TargetRow(target, show(v), v >= minimum ? TargetStatus.Met : TargetStatus.NotMet);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
