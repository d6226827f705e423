using SendSite.Diagnostics;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// Turns the table of Ofsted's management information (under its header row, in an ODS sheet or a CSV file)
/// into checked inspections. Every problem of every row is reported (file, sheet, row, column, heading, and how
/// to fix it); a row with any problem is left out, and the caller writes nothing when there is any error.
/// </summary>
public sealed class ManagementInformationReader(string file, RegistryMatcher matcher, DiagnosticBag diagnostics)
{
    public IReadOnlyList<ImportedInspection> Read(HeaderRow header)
    {
        var missing = header.Missing(ManagementInformationColumns.All).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Row.Number, 1), DiagnosticCodes.ImportMissingColumn,
                $"The header row ({CellPlace.Row(header.Sheet.Name, header.Row.Number)}) has no {string.Join(", ", missing.Select(c => $"'{c.Heading}'"))} column.",
                "Use Ofsted's management information as published, with its header row unchanged."));
            return [];
        }
        var rows = new List<ImportedInspection>();
        foreach (var row in header.RowsBelow)
        {
            var cells = new RowCells(file, header, row, diagnostics);
            if (IsNote(cells))
            {
                continue;
            }
            if (EndsEarly(header, row))
            {
                continue;
            }
            if (new RowReader(cells, matcher).Read() is { } inspection)
            {
                rows.Add(inspection);
            }
        }
        WarnOfLostAddresses(rows);
        ReportDuplicates(rows);
        if (rows.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Row.Number, 1), DiagnosticCodes.ImportNoRows,
                $"{file} has a header row but no inspections under it.",
                "Check this is the right file: Ofsted's management information lists one inspection per row."));
        }
        return DropDuplicates(rows);
    }

    /// <summary>
    /// Notes under the table (such as "Source: Ofsted") are not inspections: they name no partnership, no start
    /// date and no outcome. A row with any of those is an inspection, checked in full.
    /// </summary>
    private static bool IsNote(RowCells cells) =>
        new[] { ManagementInformationColumns.Partnership, ManagementInformationColumns.StartDate, ManagementInformationColumns.Outcome }
            .All(c => cells.Text(c).Length == 0 && cells.Cell(c).Date is null);

    /// <summary>
    /// A CSV row that stops before a column the header has: its missing cells would read as empty ("no priority
    /// actions"), so it is an error naming them. (An ODS row leaves out its empty cells at the end, so only CSV counts.)
    /// </summary>
    private bool EndsEarly(HeaderRow header, SheetRow row)
    {
        if (header.Sheet.Name is not null)
        {
            return false;
        }
        var missing = header.Columns.Where(c => c.Value >= row.Cells.Count).OrderBy(c => c.Value).Select(c => c.Key.Heading).ToList();
        if (missing.Count == 0)
        {
            return false;
        }
        diagnostics.Add(Diagnostic.Error(new SourceLocation(file, row.Number, 1), DiagnosticCodes.ImportMissingColumn,
            $"Row on line {row.Number} has {row.Cells.Count} cells and ends before the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(c => $"'{c}'"))}.",
            "Add the missing cells (an empty cell is nothing between two commas), or save the sheet as CSV again."));
        return true;
    }

    /// <summary>One warning for every row whose address was lost, so a CSV export of 150 rows does not print 150 lines.</summary>
    private void WarnOfLostAddresses(List<ImportedInspection> rows)
    {
        var lost = rows.Where(r => r.OfficialReport is null).ToList();
        if (lost.Count == 0)
        {
            return;
        }
        diagnostics.Add(Diagnostic.Warning(new SourceLocation(file, lost[0].Line, 1), DiagnosticCodes.ImportNoAddress,
            $"{lost.Count} {(lost.Count == 1 ? "row has" : "rows have")} no report address (a CSV saved from the spreadsheet keeps only the words 'Report webpage'): {string.Join(", ", lost.Select(r => r.Place))}. "
            + "Their reports are imported without a link; their pages link to the area's Ofsted page when the 2016-2022 statistics gave one, and otherwise say the report is on Ofsted's website.",
            "Import the .ods file Ofsted publishes instead: it keeps each report's address."));
    }

    private void ReportDuplicates(List<ImportedInspection> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.Area.Slug, r.InspectionStart)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file, repeat.Line, 1), DiagnosticCodes.ImportDuplicateRow,
                    $"Row on {repeat.Place} ('{repeat.NameInFile}', started {repeat.InspectionStart:dd/MM/yyyy}) is the same inspection as {first.Place}.",
                    "Ofsted's file has one row per inspection: delete the repeated row (a repeat, even an identical one, means the file was edited or joined by hand)."));
            }
        }
    }

    private static List<ImportedInspection> DropDuplicates(List<ImportedInspection> rows) =>
        [.. rows.GroupBy(r => (r.Area.Slug, r.InspectionStart)).Where(g => g.Count() == 1).Select(g => g.First())];
}
