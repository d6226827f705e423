namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>A CSV file as a one-sheet workbook: each record a row numbered by the line it starts on; blank lines left out.</summary>
public static class CsvSheet
{
    public static Sheet From(IReadOnlyList<CsvRecord> records) =>
        new(null, [.. records
            .Where(r => r.Fields.Any(f => f.Length > 0))
            .Select(r => new SheetRow(r.Line, [.. r.Fields.Select(f => f.Length == 0 ? SheetCell.Empty : new SheetCell(f, null, null))]))]);
}
