using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SendSite.Site.Finder;

/// <summary>
/// Writes the finder's index as compact JSON, the smallest readable form because every visitor who uses the
/// finder downloads it: <c>{"areas":[[name, url, [[kind, key, text?], ...]], ...]}</c>. A name's text is left
/// out when it is the area's own name. Written item by item, so two builds give the same bytes.
/// </summary>
public static class FinderIndexJson
{
    public const string AreasProperty = "areas";

    public static string Write(IReadOnlyList<FinderArea> areas)
    {
        // Fetched as data and never inlined in HTML; names are shown through text, not markup, in the browser.
        var options = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteStartArray(AreasProperty);
            foreach (var area in areas)
            {
                json.WriteStartArray();
                json.WriteStringValue(area.Name);
                json.WriteStringValue(area.Url);
                json.WriteStartArray();
                foreach (var name in area.Names)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(FinderNameKinds.Code(name.Kind));
                    json.WriteStringValue(name.Key);
                    if (name.Text != area.Name)
                    {
                        json.WriteStringValue(name.Text);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
