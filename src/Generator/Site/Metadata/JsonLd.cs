using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace SendSite.Site.Metadata;

/// <summary>
/// Writes schema.org objects as JSON-LD for a &lt;script type="application/ld+json"&gt; element. Always through
/// System.Text.Json, never by joining strings, and with an encoder that escapes &lt; &gt; &amp; and quotes as
/// \u003C and so on: titles come from local areas' files, and a "&lt;/script&gt;" in one must not end the element.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    // JavaScriptEncoder.Create (unlike UnsafeRelaxedJsonEscaping) always escapes HTML-sensitive characters.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>A schema.org object of <paramref name="type"/> with @context, ready for more properties.</summary>
    public static JsonObject Thing(string type) => new() { ["@context"] = Context, ["@type"] = type };

    /// <summary>A nested object of <paramref name="type"/> (no @context: it inherits its parent's).</summary>
    public static JsonObject Nested(string type) => new() { ["@type"] = type };

    public static string Write(JsonObject thing)
    {
        var json = thing.ToJsonString(Options);
        // The encoder escapes '<' already; this guard keeps the promise even if the encoder were ever changed.
        return json.Replace("<", "\\u003C", StringComparison.Ordinal);
    }
}
