using System.Text;

namespace SendSite.Site.DataFiles;

/// <summary>
/// CSV as RFC 4180 has it: a header row, CRLF after every record, and a field in double quotes (with its
/// quotes doubled) only when it holds a comma, a quote or a line break. A field that a spreadsheet would run
/// as a formula (it starts with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") gets a single
/// quote in front and is quoted, so opening the file can never run it; the data dictionary says so, and the
/// JSON files keep the exact text.
/// </summary>
public static class CsvWriter
{
    private const string RecordEnd = "\r\n";

    /// <summary>The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").</summary>
    public const string FormulaStarts = "=+-@\t\r";

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        var csv = new StringBuilder();
        foreach (var record in records.Prepend(header))
        {
            csv.AppendJoin(',', record.Select(Field)).Append(RecordEnd);
        }
        return csv.ToString();
    }

    public static string Field(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal))
        {
            return "\"'" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
