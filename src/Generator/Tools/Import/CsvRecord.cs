namespace SendSite.Tools.Import;

/// <summary>One record of a CSV file and the line it starts on (1-based), so errors can name the line people see.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
