using System.Globalization;
using SendSite.Diagnostics;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// One data row under its header, read by column: text, dates (a date-typed cell's date, or text written
/// dd/mm/yyyy) and counts, each problem reported at its cell (file, sheet, row, column, heading) and remembered
/// in <see cref="Failed"/>, so every problem of every row is reported in one run.
/// </summary>
public sealed class RowCells(string file, HeaderRow header, SheetRow row, DiagnosticBag diagnostics)
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>What spreadsheets and their CSV exports put in a cell that has no number: Ofsted's files leave it empty or write NA.</summary>
    private static readonly string[] NoNumber = ["", "-", "na", "n/a"];

    public bool Failed { get; private set; }

    public SheetRow Row => row;

    public bool Has(SheetColumn column) => header.Columns.ContainsKey(column);

    public SheetCell Cell(SheetColumn column) => header.Columns.TryGetValue(column, out var index) ? row.Cell(index) : SheetCell.Empty;

    public string Text(SheetColumn column) => Cell(column).Text.Trim();

    public DateOnly? Date(SheetColumn column)
    {
        var cell = Cell(column);
        if (cell.Date is { } date)
        {
            return date;
        }
        if (DateOnly.TryParseExact(cell.Text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }
        Error(column, DiagnosticCodes.ImportBadDate,
            cell.Text.Trim().Length == 0 ? "it is empty." : $"'{cell.Text.Trim()}' is not a date written dd/mm/yyyy.",
            "Write the date as Ofsted does, day/month/year, e.g. 08/05/2023 (or use a date cell).");
        return null;
    }

    /// <summary>True when the cell holds no number (empty, "-" or "NA").</summary>
    public bool IsNoNumber(SheetColumn column) => NoNumber.Contains(Text(column).ToLowerInvariant());

    /// <summary>A whole number, or null for an empty cell (or "NA"); anything else is an error and also null.</summary>
    public int? Count(SheetColumn column)
    {
        if (IsNoNumber(column))
        {
            return null;
        }
        var text = Text(column);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }
        Error(column, DiagnosticCodes.ImportBadNumber, $"'{text}' is not a whole number.", "Write a whole number, e.g. 3, or leave the cell empty.");
        return null;
    }

    public SourceLocation Location(SheetColumn column) =>
        new(file, row.Number, header.Columns.TryGetValue(column, out var index) ? index + 1 : 1);

    public string Place(SheetColumn column) =>
        header.Columns.TryGetValue(column, out var index)
            ? $"{CellPlace.Of(header.Sheet.Name, row.Number, index)} ('{column.Heading}')"
            : CellPlace.Row(header.Sheet.Name, row.Number);

    public string PlaceOfRow => CellPlace.Row(header.Sheet.Name, row.Number);

    public void Error(SheetColumn column, string code, string message, string fix)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error(Location(column), code, $"{Capitalised(Place(column))}: {message}", fix));
    }

    public void Warning(SheetColumn column, string code, string message, string fix) =>
        diagnostics.Add(Diagnostic.Warning(Location(column), code, $"{Capitalised(Place(column))}: {message}", fix));

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
