using System.Text;

namespace SendSite.Pipelines;

/// <summary>
/// CSV as RFC 4180 has it: a header row, CRLF after every record, and a field in double quotes (with its
/// quotes doubled) only when it holds a comma, a quote or a line break.
/// </summary>
public static class CsvWriter
{
    private const string RecordEnd = "\r\n";

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        var csv = new StringBuilder();
        foreach (var record in records.Prepend(header))
        {
            csv.AppendJoin(',', record.Select(Field)).Append(RecordEnd);
        }
        return csv.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
