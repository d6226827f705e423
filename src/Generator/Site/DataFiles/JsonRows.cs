using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The open data's JSON files: an array of objects written property by property in column order, indented with
/// "\n" line ends, so two builds give the same bytes on any machine. A value that does not apply is null (empty in
/// the CSV).
/// </summary>
public static class JsonRows
{
    /// <summary>The rows as a JSON array; with <paramref name="sampleData"/>, each object starts with "sample_data": true (see <see cref="SampleDataColumn"/>).</summary>
    public static string Write<T>(IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> writeRow, bool sampleData)
    {
        // A downloaded data file, never inlined in HTML, so readable characters need no escaping.
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                if (sampleData)
                {
                    json.WriteBoolean(SampleDataColumn.Name, true);
                }
                writeRow(json, row);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The text, or null when it is empty (the CSV's empty cell).</summary>
    public static void TextOrNull(Utf8JsonWriter json, string name, string value)
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

    public static void NumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
