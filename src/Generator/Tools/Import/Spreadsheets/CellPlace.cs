namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// How a message names a cell, in the words of the program the file was opened in: "sheet 'Table 1', row 7,
/// column C" for a spreadsheet; "line 7, column 3" for a CSV file (a text editor's words).
/// </summary>
public static class CellPlace
{
    public static string Row(string? sheet, int row) =>
        sheet is null ? $"line {row}" : $"sheet '{sheet}', row {row}";

    public static string Of(string? sheet, int row, int columnIndex) =>
        sheet is null ? $"line {row}, column {columnIndex + 1}" : $"sheet '{sheet}', row {row}, column {Letters(columnIndex)}";

    /// <summary>A 0-based column index as spreadsheet letters: 0 is A, 25 is Z, 26 is AA.</summary>
    public static string Letters(int columnIndex)
    {
        var letters = "";
        for (var n = columnIndex + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}
