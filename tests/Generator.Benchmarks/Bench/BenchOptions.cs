using SendSite.Benchmarks.Corpus;

namespace SendSite.Benchmarks.Bench;

/// <summary>The options of `bench`, read once and checked before anything slow starts.</summary>
public sealed record BenchOptions
{
    /// <summary>Why Hugo is not run at 100k unless --hugo-100k asks for it, printed in the table in its place.</summary>
    public const string HugoAtHundredThousandSkipped =
        "not run: Hugo's time grew ~60-fold from england to 10x and it used 7.6 GiB at 10x; extrapolated hours and over 24 GiB (--hugo-100k runs it)";

    public required IReadOnlyList<CorpusScale> Scales { get; init; }

    /// <summary>Alternating runs per scale, for every scale but 100k.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>Runs at 100k (--runs-large), where one build takes many minutes.</summary>
    public int RunsLarge { get; init; } = 1;

    /// <summary>Runs per scale given as --runs england=5,10x=2,100k=1; a scale not named takes the defaults above.</summary>
    public IReadOnlyDictionary<string, int> RunsPerScale { get; init; } = new Dictionary<string, int>();

    public int Seed { get; init; } = CorpusCommand.DefaultSeed;

    public required string Work { get; init; }

    /// <summary>The send-site dll to measure; null to publish it with scripts/publish-generator.sh.</summary>
    public string? Generator { get; init; }

    public bool Hugo { get; init; }

    public bool HugoAtHundredThousand { get; init; }

    public bool Gate { get; init; }

    /// <summary>The one scale the gated build runs at: England (a full gate at 10x would take too long); tiny for a quick check.</summary>
    public string GateScale { get; init; } = CorpusScale.England.Name;

    public bool Serve { get; init; }

    /// <summary>A shell command that measures serve's rebuild and prints its median in ms; null to use scripts/measure-serve.sh.</summary>
    public string? ServeCommand { get; init; }

    /// <summary>A shell command that runs the pull-request gate mode once (--pr-gate-command); timed end to end.</summary>
    public string? PullRequestGateCommand { get; init; }

    public bool PullRequestGate { get; init; }

    /// <summary>Also write the report to this file (--out).</summary>
    public string? Out { get; init; }

    public static bool IsLarge(CorpusScale scale) => scale == CorpusScale.HundredThousand;

    /// <summary>
    /// An untimed warm-up pair runs only below 10x: from 10x up one pair takes minutes (Hugo alone about three at
    /// 10x), and the corpus, just written or read, is in the page cache already (24 GiB of memory here).
    /// </summary>
    public static bool WarmsUp(CorpusScale scale) => scale != CorpusScale.TenTimes && !IsLarge(scale);

    public int RunsAt(CorpusScale scale) =>
        RunsPerScale.TryGetValue(scale.Name, out var runs) ? runs : IsLarge(scale) ? RunsLarge : Runs;

    /// <summary>Hugo runs at a scale when asked for, except at 100k unless --hugo-100k says so too.</summary>
    public bool HugoAt(CorpusScale scale) => Hugo && (!IsLarge(scale) || HugoAtHundredThousand);

    /// <summary>The options, or null after printing what is wrong.</summary>
    public static BenchOptions? Read(Arguments arguments, TextWriter errors)
    {
        var names = (arguments.Value("--scales") ?? "england").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.FirstOrDefault(s => CorpusScale.Find(s) is null) is { } unknown)
        {
            errors.WriteLine($"Unknown scale '{unknown}' in --scales: use {string.Join(", ", CorpusScale.All.Select(s => s.Name))}.");
            return null;
        }
        var runsText = arguments.Value("--runs") ?? "5";
        var perScale = new Dictionary<string, int>(StringComparer.Ordinal);
        var runs = 5;
        foreach (var part in runsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var count = equals < 0 ? part : part[(equals + 1)..];
            if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                || (equals >= 0 && CorpusScale.Find(part[..equals]) is null))
            {
                errors.WriteLine($"--runs {runsText}: give a number (--runs 3) or runs per scale (--runs england=5,10x=2,100k=1).");
                return null;
            }
            if (equals < 0)
            {
                runs = parsed;
            }
            else
            {
                perScale[part[..equals]] = parsed;
            }
        }
        var options = new BenchOptions
        {
            Scales = [.. names.Distinct(StringComparer.Ordinal).Select(s => CorpusScale.Find(s)!)],
            Runs = runs,
            RunsPerScale = perScale,
            RunsLarge = arguments.Int("--runs-large", 1),
            Seed = arguments.Int("--seed", CorpusCommand.DefaultSeed),
            Work = Path.GetFullPath(arguments.Value("--work") ?? Path.Combine(Path.GetTempPath(), "send-site-bench")),
            Generator = arguments.Value("--generator") is { } generator ? Path.GetFullPath(generator) : null,
            Hugo = arguments.Flag("--hugo") || arguments.Flag("--hugo-100k"),
            HugoAtHundredThousand = arguments.Flag("--hugo-100k"),
            Gate = arguments.Flag("--gate") || arguments.Value("--gate-scale") is not null,
            GateScale = arguments.Value("--gate-scale") ?? CorpusScale.England.Name,
            Serve = arguments.Flag("--serve") || arguments.Value("--serve-command") is not null,
            ServeCommand = arguments.Value("--serve-command"),
            PullRequestGate = arguments.Flag("--pr-gate") || arguments.Value("--pr-gate-command") is not null,
            PullRequestGateCommand = arguments.Value("--pr-gate-command"),
            Out = arguments.Value("--out") is { } file ? Path.GetFullPath(file) : null,
        };
        if (CorpusScale.Find(options.GateScale) is null)
        {
            errors.WriteLine($"--gate-scale {options.GateScale}: use one of {string.Join(", ", CorpusScale.All.Select(s => s.Name))}.");
            return null;
        }
        if (options.Runs < 1 || options.RunsLarge < 1 || options.RunsPerScale.Values.Any(r => r < 1))
        {
            errors.WriteLine("--runs and --runs-large must be at least 1.");
            return null;
        }
        if (options.Generator is { } dll && !File.Exists(dll))
        {
            errors.WriteLine($"--generator {dll}: no such file. Give the send-site.dll that scripts/publish-generator.sh printed.");
            return null;
        }
        if (options.Hugo && !File.Exists("/usr/bin/hugo"))
        {
            errors.WriteLine("Hugo is not installed: run scripts/setup-bench.sh (Debian's hugo package).");
            return null;
        }
        return options;
    }
}
