namespace SendSite.Benchmarks.Bench;

/// <summary>One row of the targets table: the target, what was measured (in words and figures), and the verdict.</summary>
public sealed record TargetRow(string Target, string Measured, TargetStatus Status);
