namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// Finds a table's header row wherever it is: past cover, contents and notes sheets and the title rows above
/// the table. The header is the first row, in sheet order, with a cell whose heading is the table's
/// identifying column (each publication has one no other has).
/// </summary>
public static class HeaderFinder
{
    public static HeaderRow? Find(IReadOnlyList<Sheet> sheets, SheetColumn identifying, IReadOnlyList<SheetColumn> columns)
    {
        foreach (var sheet in sheets)
        {
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var headings = sheet.Rows[i].Cells.Select(c => HeaderText.Normalise(c.Text)).ToList();
                if (!headings.Exists(identifying.Matches))
                {
                    continue;
                }
                var found = new Dictionary<SheetColumn, int>();
                foreach (var column in columns)
                {
                    var index = headings.FindIndex(column.Matches);
                    if (index >= 0)
                    {
                        found[column] = index;
                    }
                }
                return new HeaderRow(sheet, i, found);
            }
        }
        return null;
    }
}
