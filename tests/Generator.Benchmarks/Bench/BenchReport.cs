using System.Globalization;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// The benchmark's result as one Markdown document, ready to paste into docs/performance.md: the machine, the
/// command, the side-by-side table per scale, stage medians, pages per second, the gate, serve and the
/// pull-request gate, the targets judged from these figures, and the per-run log.
/// </summary>
public static class BenchReport
{
    private const string None = "-";

    public static void Write(BenchDocument document, TextWriter output)
    {
        output.WriteLine($"# send-site and Hugo side by side ({document.Started.UtcDateTime:yyyy-MM-dd HH:mm} to {document.Finished.UtcDateTime:HH:mm} UTC)");
        output.WriteLine();
        WriteMachine(document, output);
        WriteSideBySide(document.Scales, output);
        WriteStages(document.Scales, output);
        WritePagesPerSecond(document.Scales, output);
        WriteIncremental(document, output);
        WriteTargets(document.Targets, output);
        output.WriteLine("## Every run");
        output.WriteLine();
        output.WriteLine("```");
        foreach (var line in document.RunLog)
        {
            output.WriteLine(line);
        }
        output.WriteLine("```");
    }

    private static void WriteMachine(BenchDocument document, TextWriter output)
    {
        output.WriteLine("## Machine and command");
        output.WriteLine();
        output.WriteLine("| | |");
        output.WriteLine("| --- | --- |");
        output.WriteLine($"| processors (nproc) | {document.Machine.Processors} |");
        output.WriteLine($"| memory | {document.Machine.Memory} |");
        output.WriteLine($"| operating system | {document.Machine.OperatingSystem} |");
        output.WriteLine($"| dotnet --version | {document.Machine.DotnetVersion} |");
        output.WriteLine($"| hugo version | {document.Machine.HugoVersion} |");
        output.WriteLine($"| load average at start (1, 5, 15 min) | {document.LoadAtStart} |");
        output.WriteLine($"| load average at end | {document.LoadAtEnd} |");
        output.WriteLine($"| send-site | {document.Generator} |");
        output.WriteLine($"| Pagefind | {document.Pagefind} |");
        output.WriteLine();
        output.WriteLine("```sh");
        output.WriteLine(document.CommandLine);
        output.WriteLine("```");
        output.WriteLine();
    }

    private static void WriteSideBySide(IReadOnlyList<ScaleFigures> scales, TextWriter output)
    {
        output.WriteLine("## Side by side");
        output.WriteLine();
        output.WriteLine("| scale | areas | reports | plans | Markdown |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var s in scales.Where(s => s.Corpus is not null))
        {
            var c = s.Corpus!;
            output.WriteLine($"| {s.Scale} | {N(c.Areas)} | {N(c.Reports)} | {N(c.Plans)} | {F(c.Bytes / 1_048_576.0, "#,0.0")} MiB |");
        }
        output.WriteLine();
        output.WriteLine("| scale | pages | runs | send-site (median) | of which search index | without search index | Hugo (median) | Hugo + Pagefind (median) | (a) ours without search index / Hugo | (b) ours in full / (Hugo + Pagefind) | CPU s ours / Hugo / Hugo + Pagefind | peak MiB ours: largest process / generator | peak MiB Hugo / Pagefind | validate (median) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in scales)
        {
            var ours = Seconds(s.OursWall) + (s.Failure is null ? "" : $" (failed: {s.Failure})");
            var hugo = s.HugoSkipped ?? Seconds(s.HugoWall);
            output.WriteLine(
                $"| {s.Scale} | {N(s.Pages)} | {s.Runs} | {ours} | {Seconds(s.SearchIndex)} | {Seconds(s.WithoutSearchIndex)} | {hugo} | {Seconds(s.HugoPagefindWall)} | " +
                $"{Ratio(s.RatioWithoutSearchIndex)} | {Ratio(s.RatioWithPagefind)} | {F(s.OursCpu, "0.0")} / {F(s.HugoCpu, "0.0")} / {F(s.HugoPagefindCpu, "0.0")} | " +
                $"{F(s.OursPeakMiB, "#,0")} / {F(s.GeneratorPeakMiB, "#,0")} | {F(s.HugoPeakMiB, "#,0")} / {F(s.PagefindPeakMiB, "#,0")} | {Seconds(s.ValidateWall)} |");
        }
        output.WriteLine();
        output.WriteLine("- Wall times are medians over the runs, from process start to exit. send-site runs `build --no-gate --timings` " +
            "(the ReadyToRun binary above); Hugo runs `hugo --quiet`; each into an emptied folder, alternately.");
        output.WriteLine("- **Without search index** is each send-site run's wall time minus that run's own `--timings` stage " +
            "\"search index\" (its Pagefind child), not a separate build. Hugo builds no search index, so (a) compares " +
            "send-site without it with Hugo, and (b) compares send-site in full with Hugo followed by the same Pagefind binary " +
            "over Hugo's report and plan pages (the same glob, `areas/*/{reports,plans}/*/index.html`), timed under GNU time " +
            "right after each Hugo build.");
        output.WriteLine("- Both ratios are medians of per-pair ratios (each send-site run against the Hugo run after it), not ratios of medians.");
        output.WriteLine("- CPU is user + system seconds from GNU time (median); for send-site it includes its Pagefind child. " +
            "Peak memory is GNU time's maxrss, the largest over the runs: for a send-site build that is the largest single " +
            "process of its tree (the generator or its Pagefind child); \"generator\" is the generator process alone (the " +
            "\"peak memory\" line of its `--timings`). Hugo and Pagefind over Hugo's pages are measured as separate processes.");
        output.WriteLine();
    }

    private static void WriteStages(IReadOnlyList<ScaleFigures> scales, TextWriter output)
    {
        output.WriteLine("## Stages of send-site (median ms)");
        output.WriteLine();
        output.WriteLine("| stage | " + string.Join(" | ", scales.Select(s => s.Scale)) + " |");
        output.WriteLine("| --- |" + string.Concat(scales.Select(_ => " ---: |")));
        foreach (var stage in ScaleFigures.StageNames)
        {
            output.WriteLine($"| {stage} | " + string.Join(" | ", scales.Select(s => s.StageMilliseconds.TryGetValue(stage, out var ms) ? F(ms, "#,0") : None)) + " |");
        }
        output.WriteLine("| wall (process start to exit) | " + string.Join(" | ", scales.Select(s => F(s.OursWall * 1000, "#,0"))) + " |");
        output.WriteLine();
        output.WriteLine("Stages run one after another except that render's pipelines run in parallel; load to write make the " +
            "page build, search index is Pagefind, gate comes from the one gated build (at England scale unless --gate-scale says otherwise).");
        output.WriteLine();
    }

    private static void WritePagesPerSecond(IReadOnlyList<ScaleFigures> scales, TextWriter output)
    {
        output.WriteLine("## Pages per second");
        output.WriteLine();
        output.WriteLine("| scale | pages | pages/s (full build) | pages/s without search index | send-site s per 1,000 pages | Hugo s per 1,000 pages |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in scales)
        {
            output.WriteLine($"| {s.Scale} | {N(s.Pages)} | {F(s.PagesPerSecond, "#,0")} | {F(s.PagesPerSecondWithoutSearchIndex, "#,0")} | " +
                $"{F(PerThousand(s.OursWall, s.Pages), "0.00")} | {F(PerThousand(s.HugoWall, s.Pages), "0.00")} |");
        }
        output.WriteLine();
        output.WriteLine("Seconds per 1,000 pages stay flat if growth is linear. Hugo's figure divides by send-site's page count (the same reports and plans).");
        output.WriteLine();
    }

    private static void WriteIncremental(BenchDocument document, TextWriter output)
    {
        output.WriteLine("## Gate, serve and the pull-request gate");
        output.WriteLine();
        output.WriteLine($"- **Gate**: {document.GateNote}");
        output.WriteLine($"- **serve** (one plan changed, England): {Measured(document.Serve, "0", "ms")}");
        output.WriteLine($"- **Pull-request gate**: {Measured(document.PullRequestGate, "0.0", "s")}");
        foreach (var scale in document.Scales.Where(s => s.OneAreaRebuildRuns > 0))
        {
            output.WriteLine($"- **One-area rebuild** ({scale.Scale}: `build --no-gate` over the previous output, one plan changed): {Seconds(scale.OneAreaRebuildWall)} median, " +
                $"of which search index {Seconds(scale.OneAreaRebuildSearchIndex)}; {F(scale.OneAreaRebuildCpu, "0.0")} s CPU; runs: {scale.OneAreaRebuildRuns}");
        }
        output.WriteLine();
    }

    private static void WriteTargets(IReadOnlyList<TargetRow> targets, TextWriter output)
    {
        output.WriteLine("## Targets (judged from the figures above)");
        output.WriteLine();
        output.WriteLine("| target | measured | status |");
        output.WriteLine("| --- | --- | --- |");
        foreach (var row in targets)
        {
            output.WriteLine($"| {row.Target} | {row.Measured} | {Status(row.Status)} |");
        }
        output.WriteLine();
    }

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "**not met**",
        _ => "not measured",
    };

    private static string Measured(OptionalMeasure measure, string format, string unit) =>
        measure.Value is { } value ? $"{F(value, format)} {unit} median ({measure.How})" : measure.How;

    private static double? PerThousand(double? seconds, int pages) => seconds is { } s && pages > 0 ? s / pages * 1000 : null;

    private static string Seconds(double? seconds) => seconds is { } s ? F(s, "0.00") + " s" : None;

    private static string Ratio(double? ratio) => F(ratio, "0.00");

    private static string N(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string F(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : None;
}
