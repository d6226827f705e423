namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>Where a table starts: its sheet, the index of its header row in the sheet's rows, and the index of each column found.</summary>
public sealed record HeaderRow(Sheet Sheet, int RowIndex, IReadOnlyDictionary<SheetColumn, int> Columns)
{
    public SheetRow Row => Sheet.Rows[RowIndex];

    public IEnumerable<SheetRow> RowsBelow => Sheet.Rows.Skip(RowIndex + 1);

    public IEnumerable<SheetColumn> Missing(IEnumerable<SheetColumn> columns) => columns.Where(c => c.Required && !Columns.ContainsKey(c));
}
