using SendSite.Diagnostics;

namespace SendSite.Domain.Content;

/// <summary>
/// Where each top-level field of a record was written, so a rule that spans files (an unknown area, a
/// report that does not exist) can point at the exact line of the field, not just the file.
/// </summary>
public sealed record SourceMap(SourceLocation Start, IReadOnlyDictionary<string, SourceLocation> Fields)
{
    public string File => Start.File;

    public SourceLocation At(string field) => Fields.TryGetValue(field, out var location) ? location : Start;
}
