using System.Text;

namespace SendSite.Tests.Import.Ods;

/// <summary>
/// One sheet of a test spreadsheet. Like a spreadsheet program, it ends every row with a run of empty cells to
/// the last column (16,384) and the sheet with a run of empty rows to the last row (1,048,576).
/// </summary>
public sealed class OdsSheet(string name)
{
    private readonly StringBuilder rows = new();
    private int rowCount;

    public OdsSheet Row(params OdsCell[] cells) => RepeatedRow(1, cells);

    public OdsSheet Row(params string[] texts) => Row([.. texts.Select(t => t.Length == 0 ? OdsCell.Empty() : OdsCell.Text(t))]);

    public OdsSheet RepeatedRow(int repeated, params OdsCell[] cells)
    {
        rows.Append(repeated == 1 ? "<table:table-row>" : $"<table:table-row table:number-rows-repeated=\"{repeated}\">");
        foreach (var cell in cells)
        {
            rows.Append(cell.Xml);
        }
        rows.Append(OdsCell.Empty(16384 - cells.Length).Xml).Append("</table:table-row>");
        rowCount += repeated;
        return this;
    }

    public OdsSheet EmptyRows(int repeated)
    {
        rows.Append($"<table:table-row table:number-rows-repeated=\"{repeated}\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
        rowCount += repeated;
        return this;
    }

    public string Xml() =>
        $"<table:table table:name=\"{name}\"><table:table-column table:number-columns-repeated=\"16384\"/>{rows}"
        + $"<table:table-row table:number-rows-repeated=\"{1048576 - rowCount}\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>";
}
