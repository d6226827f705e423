namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>One sheet of a workbook: its name (null for a CSV file, which has only one) and its rows that have anything in them.</summary>
public sealed record Sheet(string? Name, IReadOnlyList<SheetRow> Rows);
