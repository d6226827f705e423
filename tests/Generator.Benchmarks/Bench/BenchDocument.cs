namespace SendSite.Benchmarks.Bench;

/// <summary>Everything one benchmark run prints, gathered first so that printing is a pure function of it.</summary>
public sealed record BenchDocument
{
    public required string CommandLine { get; init; }

    public required MachineInfo Machine { get; init; }

    public required string LoadAtStart { get; init; }

    public required string LoadAtEnd { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required DateTimeOffset Finished { get; init; }

    /// <summary>The send-site dll measured and how it was made.</summary>
    public required string Generator { get; init; }

    /// <summary>The Pagefind binary run over Hugo's pages (the one send-site runs itself).</summary>
    public required string Pagefind { get; init; }

    public required IReadOnlyList<ScaleFigures> Scales { get; init; }

    /// <summary>What the gated build was or why it did not run.</summary>
    public required string GateNote { get; init; }

    public required OptionalMeasure Serve { get; init; }

    public required OptionalMeasure PullRequestGate { get; init; }

    public required IReadOnlyList<string> RunLog { get; init; }

    public IReadOnlyList<TargetRow> Targets => Bench.Targets.Evaluate(Scales, Serve, PullRequestGate);
}
