namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// One example of a spec file: Markdown in, the exact HTML out, and the diagnostics expected as
/// "CODE line:column" (lines counted from the example's first line).
/// </summary>
public sealed record SpecExample(string Id, string Section, string Markdown, string Html, IReadOnlyList<string> Diagnostics);
