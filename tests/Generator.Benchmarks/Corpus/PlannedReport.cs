namespace SendSite.Benchmarks.Corpus;

/// <summary>A report in an area's made-up history. Outcome is null for monitoring inspections; Follows only for them.</summary>
public sealed record PlannedReport(
    string Kind,
    DateOnly Start,
    DateOnly End,
    DateTimeOffset Published,
    string? Outcome,
    string? Follows,
    int PriorityActions,
    bool Draft)
{
    public string Id => $"{Start:yyyy-MM-dd}-{Kind}";
}
