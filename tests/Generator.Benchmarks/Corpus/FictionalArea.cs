namespace SendSite.Benchmarks.Corpus;

/// <summary>One made-up local area partnership: a council and its integrated care board.</summary>
public sealed record FictionalArea(int Index, string Slug, string Name, string Code, string Region, string Council, string Icb);
