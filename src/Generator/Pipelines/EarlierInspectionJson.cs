using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SendSite.Pipelines;

/// <summary>
/// The 2016-2022 rows as a JSON array with the CSV's column names, written property by property in column
/// order with "\n" line ends (same bytes on any machine). Text is exact (no CSV neutralising); a value that
/// does not apply is null; counts are numbers and written_statement_required is a boolean.
/// </summary>
public static class EarlierInspectionJson
{
    public static string Write(IReadOnlyList<EarlierInspectionRow> rows)
    {
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString(EarlierInspectionColumns.AreaCode, row.AreaCode);
                json.WriteString(EarlierInspectionColumns.AreaName, row.AreaName);
                json.WriteString(EarlierInspectionColumns.CurrentAreaCodes, row.CurrentAreaCodes);
                json.WriteString(EarlierInspectionColumns.InspectionStart, row.InspectionStart);
                json.WriteString(EarlierInspectionColumns.Published, row.Published);
                json.WriteBoolean(EarlierInspectionColumns.StatementRequired, row.StatementRequired);
                Number(json, EarlierInspectionColumns.Weaknesses, row.Weaknesses);
                Text(json, EarlierInspectionColumns.RevisitStart, row.RevisitStart);
                Text(json, EarlierInspectionColumns.RevisitPublished, row.RevisitPublished);
                Text(json, EarlierInspectionColumns.RevisitProgress, row.RevisitProgress);
                Number(json, EarlierInspectionColumns.WithProgress, row.WithProgress);
                Number(json, EarlierInspectionColumns.WithoutProgress, row.WithoutProgress);
                Text(json, EarlierInspectionColumns.OfstedPage, row.OfstedPage);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Text(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length == 0)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
