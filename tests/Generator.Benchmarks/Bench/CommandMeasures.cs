using System.Globalization;
using System.Text.RegularExpressions;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// Figures measured by commands outside this tool: serve's rebuild after one plan changes (a script that
/// prints its own median) and the pull-request gate mode (a command timed end to end). Each command runs
/// under bash from the repository with SEND_SITE_DLL (the measured generator) and SEND_SITE_INPUT (England's
/// corpus) in its environment; without a command the figure is "not measured", never guessed.
/// </summary>
public static partial class CommandMeasures
{
    public const string ServeScript = "scripts/measure-serve.sh";
    public const string PullRequestGateScript = "scripts/measure-pr-gate.sh";

    /// <summary>Whether serve's script or the pull-request gate's command will run, so England's corpus is needed.</summary>
    public static bool AnyToRun(BenchOptions options, string repository) =>
        (options.Serve && (options.ServeCommand is not null || File.Exists(Path.Combine(repository, ServeScript))))
        || (options.PullRequestGate && (options.PullRequestGateCommand is not null || File.Exists(Path.Combine(repository, PullRequestGateScript))));

    public static OptionalMeasure Serve(BenchOptions options, string repository, IReadOnlyDictionary<string, string> environment, RunLog log)
    {
        if (!options.Serve)
        {
            return OptionalMeasure.NotMeasured("not measured (--serve not given)");
        }
        var command = options.ServeCommand;
        if (command is null)
        {
            if (!File.Exists(Path.Combine(repository, ServeScript)))
            {
                return OptionalMeasure.NotMeasured($"not measured ({ServeScript} does not exist in this checkout)");
            }
            command = "bash " + ServeScript;
        }
        var run = ChildRun.Start("bash", ["-c", command], repository, environment);
        log.Add($"serve: `{command}` exit {run.ExitCode} in {run.Wall.TotalSeconds:0.0} s");
        if (run.ExitCode != 0)
        {
            return OptionalMeasure.NotMeasured($"not measured: `{command}` failed (exit {run.ExitCode}): {LastLine(run.Output)}");
        }
        return MedianMilliseconds(run.Output) is { } median
            ? new OptionalMeasure(median, $"`{command}`")
            : OptionalMeasure.NotMeasured($"not measured: `{command}` printed no median in ms (last line: {LastLine(run.Output)})");
    }

    public static OptionalMeasure PullRequestGate(BenchOptions options, string repository, IReadOnlyDictionary<string, string> environment, RunLog log)
    {
        // The pull-request gate mode: scripts/measure-pr-gate.sh (or --pr-gate-command "...") runs it once per
        // run; this tool only times it. Without either, nothing is claimed.
        if (!options.PullRequestGate)
        {
            return OptionalMeasure.NotMeasured("not measured (--pr-gate not given)");
        }
        var command = options.PullRequestGateCommand;
        if (command is null)
        {
            if (!File.Exists(Path.Combine(repository, PullRequestGateScript)))
            {
                return OptionalMeasure.NotMeasured($"not measured ({PullRequestGateScript} does not exist in this checkout)");
            }
            command = "bash " + PullRequestGateScript;
        }
        var walls = new List<double>();
        var runs = options.RunsAt(Corpus.CorpusScale.England);
        for (var i = 1; i <= runs; i++)
        {
            var run = ChildRun.Start("bash", ["-c", command], repository, environment);
            log.Add($"pull-request gate run {i}/{runs}: exit {run.ExitCode}, {run.Wall.TotalSeconds:0.00} s ({run.CpuSeconds:0.0} s CPU), {run.PeakKiB / 1024} MiB");
            if (run.ExitCode != 0)
            {
                return OptionalMeasure.NotMeasured($"not measured: `{command}` failed (exit {run.ExitCode}): {LastLine(run.Output)}");
            }
            // A measuring script times only the work CI does (scripts/measure-pr-gate.sh leaves out its copies).
            walls.Add(PullRequestGateMilliseconds(run.Output) is { } ms ? ms / 1000 : run.Wall.TotalSeconds);
        }
        return new OptionalMeasure(Statistics.Median(walls), $"`{command}`, runs: {walls.Count}");
    }

    /// <summary>The median a measuring script printed: "median 123 ms" (any words between), else its last "N ms".</summary>
    public static double? MedianMilliseconds(string output)
    {
        var match = MedianLine().Match(output);
        if (!match.Success)
        {
            match = MillisecondsFigure().Matches(output).LastOrDefault() ?? match;
        }
        return match.Success ? double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>What scripts/measure-pr-gate.sh prints: "pull-request gate: 12345 ms"; null for any other command.</summary>
    public static double? PullRequestGateMilliseconds(string output) =>
        PullRequestGateLine().Match(output) is { Success: true } match
            ? double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture)
            : null;

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

    [GeneratedRegex(@"median[^\d\n]*(?<ms>\d+(?:\.\d+)?)\s*ms", RegexOptions.IgnoreCase)]
    private static partial Regex MedianLine();

    [GeneratedRegex(@"pull-request gate: (?<ms>\d+) ms")]
    private static partial Regex PullRequestGateLine();

    [GeneratedRegex(@"(?<ms>\d+(?:\.\d+)?)\s*ms\b")]
    private static partial Regex MillisecondsFigure();
}
