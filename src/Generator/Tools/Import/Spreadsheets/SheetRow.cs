namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// A row with something in it, and its place: the 1-based row number people see (a CSV file's line), so an
/// error can send them to it. Cells run from column A to the last cell with anything in it.
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public SheetCell Cell(int index) => index < Cells.Count ? Cells[index] : SheetCell.Empty;
}
