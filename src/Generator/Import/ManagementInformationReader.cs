using System.Globalization;
using SendSite.Content;
using SendSite.Diagnostics;

namespace SendSite.Import;

/// <summary>
/// Turns the records of Ofsted's management information CSV into checked inspections. Every problem of every
/// row is reported (file, line, the column's heading, and how to fix it); a row with any problem is left out,
/// and the caller writes nothing when there is any error.
/// </summary>
public sealed class ManagementInformationReader(string file, AreaNameMatcher matcher, DiagnosticBag diagnostics)
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    public IReadOnlyList<ImportedInspection> Read(IReadOnlyList<CsvRecord> records)
    {
        var headerIndex = FindHeader(records);
        if (headerIndex < 0)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(file), DiagnosticCodes.ImportMissingColumn,
                $"No row of {file} has the heading '{ManagementInformationColumns.Partnership}'.",
                $"Use Ofsted's management information CSV as published; its header row has: {string.Join(", ", ManagementInformationColumns.Required.Select(c => $"'{c}'"))}."));
            return [];
        }
        var header = records[headerIndex];
        var columns = ColumnsOf(header);
        var missing = ManagementInformationColumns.Required.Where(c => !columns.ContainsKey(Key(c))).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Line, 1), DiagnosticCodes.ImportMissingColumn,
                $"The header row has no {string.Join(", ", missing.Select(c => $"'{c}'"))} column.",
                "Use Ofsted's management information CSV as published, with its header row unchanged."));
            return [];
        }
        var rows = new List<ImportedInspection>();
        foreach (var record in records.Skip(headerIndex + 1))
        {
            if (IsBlankOrNote(record, columns))
            {
                continue;
            }
            if (new RowReader(file, record, columns, matcher, diagnostics).Read() is { } row)
            {
                rows.Add(row);
            }
        }
        ReportDuplicates(rows);
        if (rows.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, header.Line, 1), DiagnosticCodes.ImportNoRows,
                $"{file} has a header row but no inspections under it.",
                "Check this is the right file: Ofsted's management information lists one inspection per row."));
        }
        return DropDuplicates(rows);
    }

    internal static string Key(string heading) => heading.Trim().ToLowerInvariant();

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static int FindHeader(IReadOnlyList<CsvRecord> records)
    {
        var wanted = Key(ManagementInformationColumns.Partnership);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Fields.Any(f => Key(f) == wanted))
            {
                return i;
            }
        }
        return -1;
    }

    private static Dictionary<string, int> ColumnsOf(CsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            columns.TryAdd(Key(header.Fields[i]), i);
        }
        return columns;
    }

    /// <summary>
    /// Empty lines, and notes under the table (such as "Source: Ofsted"), are not inspections: they name no
    /// partnership, no start date and no outcome. A row with any of those is an inspection, checked in full.
    /// </summary>
    private static bool IsBlankOrNote(CsvRecord record, Dictionary<string, int> columns) =>
        new[] { ManagementInformationColumns.Partnership, ManagementInformationColumns.StartDate, ManagementInformationColumns.Outcome }
            .All(c => Cell(record, columns[Key(c)]).Length == 0);

    internal static string Cell(CsvRecord record, int index) => index < record.Fields.Count ? record.Fields[index].Trim() : "";

    private void ReportDuplicates(List<ImportedInspection> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.Area.Slug, r.InspectionStart)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var repeat in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file, repeat.Line, 1), DiagnosticCodes.ImportDuplicateRow,
                    $"Row on line {repeat.Line} ('{repeat.NameInFile}', started {repeat.InspectionStart:dd/MM/yyyy}) is the same inspection as line {first.Line}.",
                    "Ofsted's file has one row per inspection: delete the repeated row (a repeat, even an identical one, means the file was edited or joined by hand)."));
            }
        }
    }

    private static List<ImportedInspection> DropDuplicates(List<ImportedInspection> rows) =>
        [.. rows.GroupBy(r => (r.Area.Slug, r.InspectionStart)).Where(g => g.Count() == 1).Select(g => g.First())];
}
