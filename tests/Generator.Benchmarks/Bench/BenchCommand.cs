using System.Globalization;
using SendSite.Benchmarks.Corpus;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// `bench`: for each scale, writes the corpus (once per seed; an existing corpus.done is reused), then builds it
/// with send-site (the ReadyToRun binary, `build --no-gate --timings`) and, with --hugo, with Hugo followed by
/// Pagefind over Hugo's pages, alternately, after one untimed warm-up of each (none at 10x and 100k); times `validate`
/// after each pair. --gate adds one gated build at England scale (--gate-scale tiny for a quick check); --serve and --pr-gate-command time commands
/// of their own. Prints one Markdown document (and writes it to --out).
/// </summary>
public static class BenchCommand
{
    /// <summary>The clock every build publishes at, so every run builds the same pages.</summary>
    public const string Now = "2026-11-23T09:00:00Z";

    public static int Run(Arguments arguments)
    {
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = MachineInfo.LoadAverage();
        if (BenchOptions.Read(arguments, Console.Error) is not { } options)
        {
            return 2;
        }
        var repository = RepositoryFolder.Find();
        if (GeneratorBinary.Resolve(options.Generator, repository, Console.Error) is not var (generator, generatorDescription))
        {
            return 2;
        }
        var pagefind = PagefindBinary.Find(repository);
        if (options.Hugo && pagefind is null)
        {
            Console.Error.WriteLine("Pagefind is not installed in node_modules/@pagefind: run scripts/setup.sh (npm ci). Hugo's pair runs it.");
            return 2;
        }
        var machine = MachineInfo.Collect();
        var log = new RunLog();
        log.Add($"load average at start: {loadAtStart}");

        var context = new Context(options, repository, generator, pagefind ?? "", log);
        var scales = new List<ScaleFigures>();
        foreach (var scale in options.Scales)
        {
            scales.Add(ScaleFigures.From(Measure(scale, context)));
        }
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SEND_SITE_DLL"] = generator,
            // England's corpus is written for these commands only when one of them will run.
            ["SEND_SITE_INPUT"] = CommandMeasures.AnyToRun(options, repository) ? EnsureCorpus(CorpusScale.England, context) : "",
        };
        var serve = CommandMeasures.Serve(options, repository, environment, log);
        var pullRequestGate = CommandMeasures.PullRequestGate(options, repository, environment, log);
        var loadAtEnd = MachineInfo.LoadAverage();
        log.Add($"load average at end: {loadAtEnd}");

        var document = new BenchDocument
        {
            CommandLine = CommandLine(arguments, repository),
            Machine = machine,
            LoadAtStart = loadAtStart,
            LoadAtEnd = loadAtEnd,
            Started = started,
            Finished = DateTimeOffset.UtcNow,
            Generator = generatorDescription,
            Pagefind = pagefind is null ? "not installed" : Path.GetRelativePath(repository, pagefind),
            Scales = scales,
            GateNote = GateFigures.Describe(options.Gate, options.GateScale, scales.FirstOrDefault(s => s.Scale == options.GateScale)?.Gate),
            Serve = serve,
            PullRequestGate = pullRequestGate,
            RunLog = log.Lines,
        };
        BenchReport.Write(document, Console.Out);
        if (options.Out is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using var writer = new StreamWriter(file);
            BenchReport.Write(document, writer);
            Console.Error.WriteLine($"Wrote {file}.");
        }
        return scales.Any(s => s.Failure is not null) ? 1 : 0;
    }

    /// <summary>What every scale's measuring needs, passed as one.</summary>
    private sealed record Context(BenchOptions Options, string Repository, string Generator, string Pagefind, RunLog Log);

    private static ScaleResult Measure(CorpusScale scale, Context context)
    {
        var (options, repository, generator, pagefind, log) = context;
        var input = EnsureCorpus(scale, context);
        var folder = Path.GetDirectoryName(input)!;
        var result = new ScaleResult(scale.Name, Summarise(input, scale));
        var withHugo = options.HugoAt(scale);
        if (options.Hugo && !withHugo)
        {
            result.HugoSkipped = BenchOptions.HugoAtHundredThousandSkipped;
        }
        var hugoSite = Path.Combine(folder, "hugo");
        if (withHugo)
        {
            log.Add($"{scale.Name}: writing the Hugo site to {hugoSite}");
            HugoSite.Write(input, hugoSite);
        }
        var ours = Path.Combine(folder, "out-send-site");
        var hugoOut = Path.Combine(folder, "out-hugo");
        string[] build = [generator, "build", "--no-gate", "--timings", "--input", input, "--output", ours, "--now", Now];
        string[] hugo = ["--source", hugoSite, "--destination", hugoOut, "--quiet"];
        var pair = new Pair(build, ours, hugo, hugoOut, pagefind, repository);

        // One untimed warm-up each, so the page cache holds the corpus for both tools alike (below 10x only).
        if (BenchOptions.WarmsUp(scale))
        {
            var warm = pair.Ours();
            if (warm.ExitCode != 0)
            {
                result.Failure = Failed("send-site warm-up build", warm);
                log.Add($"{scale.Name}: {result.Failure}\n{Tail(warm.Output)}");
                return result;
            }
            if (withHugo)
            {
                pair.Hugo();
                pair.PagefindOverHugo();
            }
        }
        var runs = options.RunsAt(scale);
        for (var run = 1; run <= runs; run++)
        {
            var mine = pair.Ours();
            var line = $"{scale.Name} run {run}/{runs}: send-site {Describe(mine)}";
            if (mine.ExitCode != 0)
            {
                result.Failure = Failed($"send-site build (run {run})", mine);
                log.Add($"{line}: {result.Failure}\n{Tail(mine.Output)}");
                break;
            }
            result.Ours.Add(mine);
            result.Pages = StageReport.PagesBuilt(mine.Output);
            line += string.Create(CultureInfo.InvariantCulture,
                $" [search index {StageReport.Stage(mine.Output, "search index") / 1000 ?? 0:0.00} s over {StageReport.PagesIndexed(mine.Output)} pages, generator peak {StageReport.PeakMemoryMiB(mine.Output) ?? 0:0} MiB]");
            if (withHugo)
            {
                var theirs = pair.Hugo();
                line += $"; hugo {Describe(theirs)}";
                if (theirs.ExitCode != 0)
                {
                    result.Failure = Failed($"hugo (run {run})", theirs);
                    log.Add($"{line}: {result.Failure}\n{Tail(theirs.Output)}");
                    break;
                }
                var indexed = pair.PagefindOverHugo();
                line += $"; pagefind over hugo {Describe(indexed)} over {PagefindBinary.PagesIndexed(hugoOut)} pages";
                if (indexed.ExitCode != 0)
                {
                    result.Failure = Failed($"Pagefind over Hugo's pages (run {run})", indexed);
                    log.Add($"{line}: {result.Failure}\n{Tail(indexed.Output)}");
                    break;
                }
                result.Hugo.Add(theirs);
                result.HugoPagefind.Add(indexed);
            }
            var validate = ChildRun.Start("dotnet", [generator, "validate", "--input", input], repository);
            result.Validate.Add(validate);
            log.Add($"{line}; validate {Describe(validate)}");
        }
        if (BenchOptions.WarmsUp(scale) && result.Failure is null && result.Ours.Count > 0)
        {
            RebuildOneArea(input, folder, build, scale.Name, runs, result, repository, log);
        }
        if (options.Gate && scale.Name == options.GateScale && result.Failure is null)
        {
            Clear(ours);
            result.Gated = ChildRun.Start("dotnet", [generator, "build", "--timings", "--input", input, "--output", ours, "--now", Now], repository);
            log.Add($"{scale.Name}: gated build {Describe(result.Gated)}, gate stage {(StageReport.Stage(result.Gated.Output, "gate") is { } gate ? $"{gate / 1000:0.0} s" : "not printed")}, " +
                $"{StageReport.GateScannedPages(result.Gated.Output)} pages scanned");
            if (result.Gated.ExitCode != 0)
            {
                log.Add(Tail(result.Gated.Output));
            }
        }
        if (BenchOptions.IsLarge(scale))
        {
            // Gigabytes of output: measured, so not kept.
            Clear(ours);
            Clear(hugoOut);
            log.Add($"{scale.Name}: deleted {ours} and {hugoOut} after measuring (disk)");
        }
        return result;
    }

    /// <summary>
    /// What a pull request for one area costs a build that keeps its output between runs: the output of the last
    /// timed build is replaced by a build of a copy of the input with one plan changed, then by the original input
    /// again, and so on, each timed. The search index reuses every shard but the changed area's.
    /// </summary>
    private static void RebuildOneArea(string input, string folder, string[] build, string scale, int runs, ScaleResult result, string repository, RunLog log)
    {
        var changed = Path.Combine(folder, "one-area", "input");
        Clear(Path.GetDirectoryName(changed)!);
        CopyFolder(input, changed);
        var plan = Directory.GetFiles(Path.Combine(changed, "plans"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        // A local area's typical pull request: one sentence of its plan changed (as scripts/measure-pr-gate.sh does).
        File.AppendAllText(plan, "\nWe will publish a progress update for families every term.\n");
        var inputAt = Array.IndexOf(build, "--input") + 1;
        for (var run = 1; run <= runs; run++)
        {
            string[] rebuild = [.. build];
            rebuild[inputAt] = run % 2 == 1 ? changed : input;
            var timed = ChildRun.Start("dotnet", rebuild, repository);
            log.Add($"{scale} one-area rebuild {run}/{runs} ({Path.GetRelativePath(changed, plan)} {(run % 2 == 1 ? "changed" : "back as it was")}): {Describe(timed)} " +
                string.Create(CultureInfo.InvariantCulture, $"[search index {StageReport.Stage(timed.Output, "search index") / 1000 ?? 0:0.00} s]"));
            if (timed.ExitCode != 0)
            {
                log.Add(Tail(timed.Output));
                return;
            }
            result.OneAreaRebuild.Add(timed);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The corpus's input folder under --work, written once per seed; an existing corpus.done is reused.</summary>
    private static string EnsureCorpus(CorpusScale scale, Context context)
    {
        var folder = Path.Combine(context.Options.Work, $"{scale.Name}-{context.Options.Seed.ToString(CultureInfo.InvariantCulture)}");
        var input = Path.Combine(folder, "input");
        var marker = Path.Combine(folder, "corpus.done");
        if (!File.Exists(marker))
        {
            context.Log.Add($"{scale.Name}: writing the corpus to {input}");
            CorpusWriter.Write(scale, input, context.Options.Seed);
            File.WriteAllText(marker, "written\n");
        }
        return input;
    }

    /// <summary>The two tools' commands at one scale; each starts from an emptied output folder, outside the timed run.</summary>
    private sealed record Pair(string[] Build, string OursOut, string[] HugoArguments, string HugoOut, string Pagefind, string Repository)
    {
        public ChildRun Ours()
        {
            Clear(OursOut);
            return ChildRun.Start("dotnet", Build, Repository);
        }

        public ChildRun Hugo()
        {
            Clear(HugoOut);
            return ChildRun.Start("/usr/bin/hugo", HugoArguments, Repository);
        }

        /// <summary>Over the pages the Hugo build just wrote, with send-site's own arguments.</summary>
        public ChildRun PagefindOverHugo() => ChildRun.Start(Pagefind, PagefindBinary.Arguments(HugoOut), Repository);
    }

    private static void Clear(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(ChildRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Wall.TotalSeconds:0.00} s ({run.CpuSeconds:0.0} s CPU), {run.PeakKiB / 1024} MiB{(run.ExitCode == 0 ? "" : $", exit {run.ExitCode}")}");

    private static string Failed(string what, ChildRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{what} exited with {run.ExitCode} after {run.Wall.TotalSeconds:0} s at {run.PeakKiB / 1024} MiB");

    private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(12));

    private static CorpusSummary Summarise(string input, CorpusScale scale)
    {
        int Count(string kind) => Directory.EnumerateFiles(Path.Combine(input, kind), "*.md", SearchOption.AllDirectories).Count();
        var bytes = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return new CorpusSummary(scale.Areas, Count("reports"), Count("plans"), Count("pages"), bytes);
    }

    /// <summary>The command as typed, relative to the repository, so it can be pasted again.</summary>
    private static string CommandLine(Arguments arguments, string repository)
    {
        var program = Environment.ProcessPath is { } path && path.StartsWith(repository, StringComparison.Ordinal)
            ? Path.GetRelativePath(repository, path)
            : "send-site-bench";
        return string.Join(' ', new[] { program, "bench" }.Concat(arguments.All.Select(Quote)));
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_.,/=:+@%".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
