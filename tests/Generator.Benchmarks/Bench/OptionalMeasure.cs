namespace SendSite.Benchmarks.Bench;

/// <summary>
/// A figure measured by another command (serve's rebuild, the pull-request gate): its value, or null with the
/// reason it was not measured, and how it was measured, for the report.
/// </summary>
public sealed record OptionalMeasure(double? Value, string How)
{
    public static OptionalMeasure NotMeasured(string why) => new(null, why);
}
