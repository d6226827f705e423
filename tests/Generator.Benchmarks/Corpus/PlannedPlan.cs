namespace SendSite.Benchmarks.Corpus;

/// <summary>A plan in an area's made-up history, answering one of its reports.</summary>
public sealed record PlannedPlan(string Kind, PlannedReport RespondsTo, DateOnly? Submitted, DateOnly Published)
{
    public string Id => $"{Published:yyyy-MM-dd}-{Kind}";
}
