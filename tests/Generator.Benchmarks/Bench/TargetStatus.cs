namespace SendSite.Benchmarks.Bench;

/// <summary>Whether a target of issue 7 was met by the figures of this run.</summary>
public enum TargetStatus
{
    Met,
    NotMet,
    NotMeasured,
}
