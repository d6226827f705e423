namespace SendSite.Diagnostics;

/// <summary>
/// Where a value came from: a path relative to the input folder (forward slashes, so messages read the same
/// on every machine), and a 1-based line and column.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
