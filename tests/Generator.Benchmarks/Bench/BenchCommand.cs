using System.Globalization;
using SendSite.Benchmarks.Corpus;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// `bench [--scales england,10x] [--runs 5] [--hugo] [--gate] [--work DIR] [--seed N]`: for each scale, writes the
/// corpus (once per seed), then builds it with send-site (`build --no-gate --timings`, a child process) and,
/// with --hugo, with Hugo, alternately, --runs times each after one untimed warm-up of each; also times
/// `validate` end to end. With --gate, one more build runs the accessibility gate. Prints a Markdown table.
/// </summary>
public static class BenchCommand
{
    /// <summary>The clock every build publishes at, so every run builds the same pages.</summary>
    public const string Now = "2026-11-23T09:00:00Z";

    public static int Run(Arguments arguments)
    {
        var repository = RepositoryFolder.Find();
        var generator = arguments.Value("--generator") ?? Path.Combine(repository, "src", "Generator", "bin", "Release", "net10.0", "send-site.dll");
        if (!File.Exists(generator))
        {
            Console.Error.WriteLine($"{generator} is missing: run `dotnet build src/Generator -c Release` first.");
            return 2;
        }
        var scales = (arguments.Value("--scales") ?? "england").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (scales.FirstOrDefault(s => CorpusScale.Find(s) is null) is { } unknown)
        {
            Console.Error.WriteLine($"Unknown scale '{unknown}': use {string.Join(", ", CorpusScale.All.Select(s => s.Name))}.");
            return 2;
        }
        var runs = arguments.Int("--runs", 5);
        var seed = arguments.Int("--seed", CorpusCommand.DefaultSeed);
        var work = Path.GetFullPath(arguments.Value("--work") ?? Path.Combine(Path.GetTempPath(), "send-site-bench"));
        var withHugo = arguments.Flag("--hugo");
        if (withHugo && !File.Exists("/usr/bin/hugo"))
        {
            Console.Error.WriteLine("Hugo is not installed: run scripts/setup-bench.sh (Debian's hugo package).");
            return 2;
        }

        var results = new List<ScaleResult>();
        foreach (var scale in scales.Select(s => CorpusScale.Find(s)!))
        {
            results.Add(Measure(scale, repository, generator, work, seed, runs, withHugo, arguments.Flag("--gate")));
        }
        BenchTable.Print(results, Console.Out);
        return 0;
    }

    private static ScaleResult Measure(CorpusScale scale, string repository, string generator, string work, int seed, int runs, bool withHugo, bool withGate)
    {
        var folder = Path.Combine(work, $"{scale.Name}-{seed.ToString(CultureInfo.InvariantCulture)}");
        var input = Path.Combine(folder, "input");
        var marker = Path.Combine(folder, "corpus.done");
        if (!File.Exists(marker))
        {
            Log($"{scale.Name}: writing the corpus to {input}");
            CorpusWriter.Write(scale, input, seed);
            File.WriteAllText(marker, "written\n");
        }
        var summary = Summarise(input, scale);
        var hugoSite = Path.Combine(folder, "hugo");
        if (withHugo)
        {
            Log($"{scale.Name}: writing the Hugo site to {hugoSite}");
            HugoSite.Write(input, hugoSite);
        }
        var ours = Path.Combine(folder, "out-send-site");
        var hugoOut = Path.Combine(folder, "out-hugo");
        string[] build = [generator, "build", "--no-gate", "--timings", "--input", input, "--output", ours, "--now", Now];
        string[] hugo = ["--source", hugoSite, "--destination", hugoOut, "--quiet"];

        // One untimed warm-up each: the page cache then holds the corpus for both tools alike.
        var warm = Build(build, ours, repository);
        if (withHugo)
        {
            Hugo(hugo, hugoOut, repository);
        }
        var result = new ScaleResult(scale.Name, summary, StageReport.PagesBuilt(warm.Output));
        for (var run = 1; run <= runs; run++)
        {
            var mine = Build(build, ours, repository);
            result.Ours.Add(mine);
            var line = $"{scale.Name} run {run}/{runs}: send-site {mine.Wall.TotalSeconds:0.00} s ({mine.CpuSeconds:0.0} s CPU), {mine.PeakKiB / 1024} MiB";
            if (withHugo)
            {
                var theirs = Hugo(hugo, hugoOut, repository);
                result.Hugo.Add(theirs);
                line += $"; hugo {theirs.Wall.TotalSeconds:0.00} s ({theirs.CpuSeconds:0.0} s CPU), {theirs.PeakKiB / 1024} MiB";
            }
            var validate = ChildRun.Start("dotnet", [generator, "validate", "--input", input], repository);
            result.Validate.Add(validate);
            Log(line + $"; validate {validate.Wall.TotalSeconds:0.00} s ({validate.CpuSeconds:0.0} s CPU)");
        }
        if (withGate)
        {
            Clear(ours);
            result.Gated = ChildRun.Start("dotnet", [generator, "build", "--timings", "--input", input, "--output", ours, "--now", Now], repository);
            Log($"{scale.Name}: gated build {result.Gated.Wall.TotalSeconds:0.0} s, exit {result.Gated.ExitCode}");
        }
        return result;
    }

    private static ChildRun Build(string[] arguments, string output, string repository)
    {
        Clear(output);
        var run = ChildRun.Start("dotnet", arguments, repository);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"send-site build failed (exit {run.ExitCode}):\n{run.Output}");
        }
        return run;
    }

    private static ChildRun Hugo(string[] arguments, string output, string repository)
    {
        Clear(output);
        var run = ChildRun.Start("/usr/bin/hugo", arguments, repository);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"hugo failed (exit {run.ExitCode}):\n{run.Output}");
        }
        return run;
    }

    /// <summary>Both tools start from an empty output folder, outside the timed run.</summary>
    private static void Clear(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CorpusSummary Summarise(string input, CorpusScale scale)
    {
        int Count(string kind) => Directory.EnumerateFiles(Path.Combine(input, kind), "*.md", SearchOption.AllDirectories).Count();
        var bytes = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        return new CorpusSummary(scale.Areas, Count("reports"), Count("plans"), Count("pages"), bytes);
    }

    private static void Log(string line) => Console.Error.WriteLine(line);
}
