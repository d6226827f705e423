using SendSite.Benchmarks.Bench;
using SendSite.Benchmarks.Corpus;
using SendSite.Engine;

namespace SendSite.Tests.Benchmarks;

/// <summary>
/// The benchmark's arithmetic and verdicts, over made-up measurements (no process is run, nothing is timed):
/// ratios are medians of per-pair ratios, "without search index" subtracts each run's own stage, peak memory
/// is the largest run, and each target is met, not met or not measured from the figures alone.
/// </summary>
public sealed class BenchFiguresTests
{
    private static readonly CorpusSummary Corpus = new(153, 873, 324, 4, 28_000_000);

    [Fact]
    public void Ratios_are_medians_of_per_pair_ratios_and_the_search_index_is_each_runs_own_stage()
    {
        var result = England(
            (10, 4, 5, 1), (12, 5, 6, 1), (30, 20, 5, 2));

        var figures = ScaleFigures.From(result);

        Assert.Equal(3, figures.Runs);
        Assert.Equal(12, figures.OursWall!.Value, 6);
        Assert.Equal(5, figures.SearchIndex!.Value, 6);
        // Per run: 10-4 = 6, 12-5 = 7, 30-20 = 10.
        Assert.Equal(7, figures.WithoutSearchIndex!.Value, 6);
        Assert.Equal(5, figures.HugoWall!.Value, 6);
        Assert.Equal(7, figures.HugoPagefindWall!.Value, 6);
        // (a) 6/5, 7/6, 10/5: the median is 6/5, where a ratio of medians would say 7/5.
        Assert.Equal(1.2, figures.RatioWithoutSearchIndex!.Value, 6);
        // (b) 10/6, 12/7, 30/7: the median is 12/7.
        Assert.Equal(12.0 / 7, figures.RatioWithPagefind!.Value, 6);
        Assert.Equal(1344 / 12.0, figures.PagesPerSecond!.Value, 6);
        Assert.Equal(1344 / 7.0, figures.PagesPerSecondWithoutSearchIndex!.Value, 6);
        Assert.Equal(5000, figures.StageMilliseconds["search index"]);
        Assert.Equal(300, figures.StageMilliseconds["load"]);
        Assert.False(figures.StageMilliseconds.ContainsKey("gate"));
    }

    [Fact]
    public void Peak_memory_is_the_largest_run_and_the_generator_is_shown_apart_from_its_tree()
    {
        var result = England((10, 4, 5, 1), (12, 5, 6, 1));
        result.Ours[0] = result.Ours[0] with { PeakKiB = 900 * 1024, Output = Timings(("search index", 4000)) + "  peak memory   700.5 MiB\n" };
        result.Ours[1] = result.Ours[1] with { PeakKiB = 800 * 1024, Output = Timings(("search index", 5000)) + "  peak memory   750.0 MiB\n" };

        var figures = ScaleFigures.From(result);

        Assert.Equal(900, figures.OursPeakMiB);
        Assert.Equal(750, figures.GeneratorPeakMiB);
        Assert.Equal(400, figures.PagefindPeakMiB);
        Assert.Equal(800, figures.HugoPeakMiB);
    }

    [Fact]
    public void The_generators_own_timings_output_is_read_as_printed()
    {
        var timings = new StageTimings();
        timings.Record("load", TimeSpan.FromMilliseconds(311.4));
        timings.Record("render", TimeSpan.FromMilliseconds(3482));
        timings.Record("render/ReportPages", TimeSpan.FromMilliseconds(3000));
        timings.Record("search index", TimeSpan.FromMilliseconds(4793.2));
        var printed = new StringWriter();
        timings.Print(printed, TimeSpan.FromSeconds(10));
        var output = "Built 1344 pages (1400 files) in 5000 ms.\nIndexed 1197 reports and plans for search.\n" + printed;

        Assert.Equal(4793.2, StageReport.Stage(output, "search index"));
        Assert.Equal(311.4, StageReport.Stage(output, "load"));
        Assert.Null(StageReport.Stage(output, "gate"));
        Assert.DoesNotContain(StageReport.Parse(output), s => s.Stage.Contains('/'));
        Assert.Equal(1344, StageReport.PagesBuilt(output));
        Assert.Equal(1197, StageReport.PagesIndexed(output));
        Assert.Equal(1179, StageReport.PagesIndexed("Indexed 1179 pages for search (4 parts, 3 of them reused from out)."));
        Assert.True(StageReport.PeakMemoryMiB(output) > 0);
    }

    [Fact]
    public void Targets_are_judged_from_the_figures()
    {
        var england = ScaleFigures.From(England((9, 3, 10, 2), (9.5, 3, 10, 2), (10, 3, 10, 2))) with
        {
            ValidateWall = 0.99,
            Gate = new GateFigures(0, 80, 60, 1344),
        };
        var large = new ScaleFigures { Scale = "100k", OursPeakMiB = 1900, GeneratorPeakMiB = 1500 };

        var targets = Targets.Evaluate([england, large], new OptionalMeasure(150, "script"), new OptionalMeasure(16, "command"));

        Assert.Equal(
            [TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.NotMet],
            targets.Select(t => t.Status));
        Assert.Contains("1,900 MiB (generator alone 1,500 MiB)", targets[2].Measured, StringComparison.Ordinal);
        Assert.Contains("22.4 pages/s", targets[5].Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_are_strict_where_the_issue_says_under_and_unmeasured_targets_say_why()
    {
        var england = ScaleFigures.From(England((12, 3, 5, 1))) with { ValidateWall = 1.0, Gate = new GateFigures(1, 20, null, 0) };
        var large = new ScaleFigures { Scale = "100k", OursPeakMiB = 1908, Failure = "send-site build (run 1) exited with 137" };

        var targets = Targets.Evaluate([england, large], OptionalMeasure.NotMeasured("not measured (--serve not given)"), new OptionalMeasure(15, "command"));

        Assert.Equal(TargetStatus.NotMet, targets[0].Status); // (12-3)/5 = 1.8
        Assert.Equal(TargetStatus.NotMet, targets[1].Status); // 12/6 = 2.0
        Assert.Equal(TargetStatus.NotMeasured, targets[2].Status);
        Assert.Contains("exited with 137", targets[2].Measured, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.NotMet, targets[3].Status); // validate must be under 1 s, and 1.00 s is not
        Assert.Equal(TargetStatus.NotMeasured, targets[4].Status);
        Assert.Equal("not measured (--serve not given)", targets[4].Measured);
        Assert.Equal(TargetStatus.NotMeasured, targets[5].Status); // a build that stopped before its gate gives no rate
        Assert.Contains("exit 1", targets[5].Measured, StringComparison.Ordinal);
        Assert.Equal(TargetStatus.NotMet, targets[6].Status); // 15 s is not under 15 s
        var failedSite = england with { Gate = new GateFigures(1, 80, 100, 1344) };
        var gate = Targets.Evaluate([failedSite], OptionalMeasure.NotMeasured("x"), OptionalMeasure.NotMeasured("y"))[5];
        Assert.Equal(TargetStatus.NotMet, gate.Status); // 13.4 pages/s, measured although the gate found problems
        Assert.Contains("13.4 pages/s", gate.Measured, StringComparison.Ordinal);
        Assert.Contains("the gate failed the site (exit 1)", gate.Measured, StringComparison.Ordinal);
        Assert.All(Targets.Evaluate([], OptionalMeasure.NotMeasured("x"), OptionalMeasure.NotMeasured("y")), t => Assert.Equal(TargetStatus.NotMeasured, t.Status));
    }

    [Fact]
    public void Hugo_at_100k_is_skipped_by_default_with_its_reason_in_the_table()
    {
        var options = new BenchOptions { Scales = CorpusScale.All, Work = "/tmp/x", Runs = 3, RunsLarge = 1, Hugo = true };
        Assert.False(options.HugoAt(CorpusScale.HundredThousand));
        Assert.True(options.HugoAt(CorpusScale.TenTimes));
        Assert.Equal(1, options.RunsAt(CorpusScale.HundredThousand));
        Assert.Equal(3, options.RunsAt(CorpusScale.England));
        Assert.True((options with { HugoAtHundredThousand = true }).HugoAt(CorpusScale.HundredThousand));

        var large = new ScaleResult("100k", Corpus) { Pages = 110_000, HugoSkipped = BenchOptions.HugoAtHundredThousandSkipped };
        large.Ours.Add(Run(900, Timings(("search index", 600_000)) + "  peak memory  1800.0 MiB\n", 2_500_000));
        var text = new StringWriter();
        BenchReport.Write(Document([ScaleFigures.From(large)]), text);
        var row = text.ToString().Split('\n').Single(line => line.StartsWith("| 100k | 110,000 | 1 |", StringComparison.Ordinal));

        Assert.Contains("| 900.00 s | 600.00 s | 300.00 s | not run: Hugo's time grew ~60-fold from england to 10x and it used 7.6 GiB at 10x; extrapolated hours and over 24 GiB", row, StringComparison.Ordinal);
        Assert.Contains("| 2,441 / 1,800 |", row, StringComparison.Ordinal);
        Assert.Contains("| peak memory ≤ 2 GB (1,907 MiB) at 100,000 documents (the largest process of the build) | 2,441 MiB (generator alone 1,800 MiB) | **not met** |", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_are_given_for_every_scale_or_per_scale()
    {
        var plain = BenchOptions.Read(new SendSite.Benchmarks.Arguments(["--scales", "england,10x,100k", "--runs", "3"]), TextWriter.Null)!;
        Assert.Equal([3, 3, 1], plain.Scales.Select(plain.RunsAt));

        var perScale = BenchOptions.Read(new SendSite.Benchmarks.Arguments(["--scales", "england,10x,100k", "--runs", "england=5,10x=2", "--runs-large", "2"]), TextWriter.Null)!;
        Assert.Equal([5, 2, 2], perScale.Scales.Select(perScale.RunsAt));

        Assert.Null(BenchOptions.Read(new SendSite.Benchmarks.Arguments(["--runs", "wales=2"]), TextWriter.Null));
        Assert.Null(BenchOptions.Read(new SendSite.Benchmarks.Arguments(["--runs", "0"]), TextWriter.Null));
        Assert.Null(BenchOptions.Read(new SendSite.Benchmarks.Arguments(["--scales", "england,huge"]), TextWriter.Null));
    }

    [Fact]
    public void The_gated_build_is_read_from_its_output_and_described_whether_or_not_it_finished()
    {
        var output = "gate: scanning 1344 of 1350 pages with axe, 12 also with keyboard\n" + Timings(("write", 800), ("gate", 67_200));
        var gate = GateFigures.From(new ChildRun(TimeSpan.FromSeconds(80), 90, 800 * 1024, output, 0));

        Assert.Equal(67.2, gate.GateSeconds!.Value, 6);
        Assert.Equal(1344, gate.ScannedPages);
        Assert.Equal(20, gate.PagesPerSecond!.Value, 6);
        Assert.Contains("gate stage 67.2 s, 1,344 pages scanned in the browser, 20.0 pages/s", GateFigures.Describe(true, "england", gate), StringComparison.Ordinal);

        var stopped = GateFigures.From(new ChildRun(TimeSpan.FromSeconds(2777), 84, 745 * 1024, "gate: scanning 1344 of 1350 pages", 143));
        var text = GateFigures.Describe(true, "england", stopped);
        Assert.Contains("exit 143", text, StringComparison.Ordinal);
        Assert.Contains("no gate stage printed", text, StringComparison.Ordinal);
        Assert.Contains("The gated build failed", text, StringComparison.Ordinal);
        Assert.Equal("not measured (--gate not given).", GateFigures.Describe(false, "england", null));
    }

    [Theory]
    [InlineData("rebuild 1: 180 ms\nrebuild 2: 150 ms\nmedian: 160.5 ms\n", 160.5)]
    [InlineData("serve rebuilt in 120 ms, 140 ms, 130 ms (median 130 ms)", 130.0)]
    [InlineData("took 95 ms", 95.0)]
    [InlineData("no figure here", null)]
    public void A_measuring_scripts_median_is_read_from_its_output(string output, double? expected) =>
        Assert.Equal(expected, CommandMeasures.MedianMilliseconds(output));

    /// <summary>One England scale of pairs: (send-site wall, its search index stage, Hugo wall, Pagefind wall), seconds.</summary>
    private static ScaleResult England(params (double Ours, double SearchIndex, double Hugo, double Pagefind)[] pairs)
    {
        var result = new ScaleResult("england", Corpus) { Pages = 1344 };
        foreach (var (ours, searchIndex, hugo, pagefind) in pairs)
        {
            result.Ours.Add(Run(ours, Timings(("load", 300), ("search index", searchIndex * 1000)), 700 * 1024));
            result.Hugo.Add(Run(hugo, "", 800 * 1024));
            result.HugoPagefind.Add(Run(pagefind, "", 400 * 1024));
            result.Validate.Add(Run(0.8, "", 100 * 1024));
        }
        return result;
    }

    private static ChildRun Run(double seconds, string output, long peakKiB) => new(TimeSpan.FromSeconds(seconds), seconds / 2, peakKiB, output, 0);

    private static string Timings(params (string Stage, double Milliseconds)[] stages) =>
        "Timings:\n" + string.Concat(stages.Select(s => $"  {s.Stage,-32} {s.Milliseconds,10:0.0} ms\n"));

    private static BenchDocument Document(IReadOnlyList<ScaleFigures> scales) => new()
    {
        CommandLine = "send-site-bench bench --scales 100k",
        Machine = new MachineInfo(2, "23.5 GiB", "Debian", "10.0.401", "hugo v0.111.3"),
        LoadAtStart = "0.10 0.20 0.30",
        LoadAtEnd = "1.00 0.50 0.40",
        Started = new DateTimeOffset(2026, 11, 23, 19, 20, 0, TimeSpan.Zero),
        Finished = new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero),
        Generator = "send-site.dll",
        Pagefind = "pagefind_extended",
        Scales = scales,
        GateNote = "not measured",
        Serve = OptionalMeasure.NotMeasured("not measured"),
        PullRequestGate = OptionalMeasure.NotMeasured("not measured"),
        RunLog = [],
    };
}
