using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SendSite.Pipelines;

/// <summary>
/// The inspection rows as a JSON array of objects with the CSV's column names. Written property by property
/// in column order, indented with "\n" line ends, so two builds give the same bytes on any machine.
/// A value that does not apply is null here (empty in the CSV); priority_actions is a number.
/// </summary>
public static class InspectionJson
{
    public static string Write(IReadOnlyList<InspectionRow> rows)
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
                json.WriteString(InspectionColumns.AreaCode, row.AreaCode);
                json.WriteString(InspectionColumns.AreaName, row.AreaName);
                json.WriteString(InspectionColumns.Region, row.Region);
                json.WriteString(InspectionColumns.Kind, row.Kind);
                json.WriteString(InspectionColumns.InspectionStart, row.InspectionStart);
                json.WriteString(InspectionColumns.Published, row.Published);
                WriteOptional(json, InspectionColumns.Outcome, row.Outcome);
                json.WriteNumber(InspectionColumns.PriorityActions, row.PriorityActions);
                WriteOptional(json, InspectionColumns.PlanStatus, row.PlanStatus);
                WriteOptional(json, InspectionColumns.Team, row.Team);
                json.WriteString(InspectionColumns.Url, row.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string value)
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
}
