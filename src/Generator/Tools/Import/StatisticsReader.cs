using SendSite.Diagnostics;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// Turns the table of the 2016-2022 framework's official statistics into checked earlier inspections, one per
/// area as inspected. Notes under the table are skipped, as is a row for an area with no inspection under that
/// framework (no start date and no answer). Two rows for one area are an error: the file has one row per area.
/// </summary>
public sealed class StatisticsReader(string file, RegistryMatcher matcher, DiagnosticBag diagnostics)
{
    public IReadOnlyList<ImportedEarlierInspection> Read(HeaderRow header)
    {
        var missing = header.Missing(StatisticsColumns.All).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Row.Number, 1), DiagnosticCodes.ImportMissingColumn,
                $"The header row ({CellPlace.Row(header.Sheet.Name, header.Row.Number)}) has no {string.Join(", ", missing.Select(c => $"'{c.Heading}'"))} column.",
                "Use Ofsted's 2016-2022 statistics as published, with the header row of the data sheet unchanged."));
            return [];
        }
        var rows = new List<ImportedEarlierInspection>();
        foreach (var row in header.RowsBelow)
        {
            var cells = new RowCells(file, header, row, diagnostics);
            if (IsNoteOrNotInspected(cells))
            {
                continue;
            }
            if (new StatisticsRowReader(cells, matcher).Read() is { } inspection)
            {
                rows.Add(inspection);
            }
        }
        foreach (var group in rows.GroupBy(r => r.Area.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var repeat in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file, repeat.Line, 1), DiagnosticCodes.ImportDuplicateRow,
                    $"Row on {repeat.Place} is a second row for {repeat.Area.Name} ({repeat.Area.Code}); the first is on {group.First().Place}.",
                    "The statistics have one row per area: delete the repeated row."));
            }
        }
        if (rows.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Row.Number, 1), DiagnosticCodes.ImportNoRows,
                $"{file} has a header row but no inspections under it.", "Check this is the right file: the statistics list one area per row."));
        }
        return rows;
    }

    private static bool IsNoteOrNotInspected(RowCells cells) =>
        (cells.Text(StatisticsColumns.Code).Length == 0 && cells.Text(StatisticsColumns.Name).Length == 0)
        || (cells.Text(StatisticsColumns.StartDate).Length == 0 && cells.Cell(StatisticsColumns.StartDate).Date is null
            && cells.Text(StatisticsColumns.StatementRequired).Length == 0);
}
