using System.Text;
using SendSite.Diagnostics;

namespace SendSite.Tools.Import;

/// <summary>
/// Reads CSV as RFC 4180 describes it, and as spreadsheets save it: fields in double quotes may hold commas,
/// doubled quotes and line breaks; records end with CRLF or a bare LF (files edited on Linux and macOS);
/// a byte order mark is ignored; the last record may lack its line end. A quote that is never closed, or
/// text after a closing quote, is an error naming the line, because guessing would shift every later column.
/// </summary>
public static class CsvParser
{
    public static IReadOnlyList<CsvRecord> Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var afterQuote = false;
        var quoteLine = 0;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the LF that follows ends the record
                case '\n':
                case '\r': // a lone CR ends a record too: old Mac spreadsheets save CSV that way
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    records.Add(new CsvRecord(recordLine, fields));
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (afterQuote || c == '"')
                    {
                        diagnostics.Add(Diagnostic.Error(new SourceLocation(file, line, 1), DiagnosticCodes.ImportMalformedCsv,
                            $"Line {line} has a double quote inside a field that is not wholly quoted.",
                            "Put the whole field in double quotes and double every quote inside it, as spreadsheets do when they save CSV."));
                        return [];
                    }
                    field.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file, quoteLine, 1), DiagnosticCodes.ImportMalformedCsv,
                $"A quoted field that starts on line {quoteLine} is never closed.",
                "Close the field with a double quote; double any quote inside it."));
            return [];
        }
        if (field.Length > 0 || fields.Count > 0 || afterQuote)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields));
        }
        return records;
    }
}
