using System.Collections.Concurrent;
using System.Text.Json;

namespace SendSite.Input.Schema;

/// <summary>
/// One of the generator's JSON Schemas, read from the assembly's embedded resources once per process and shared
/// (it is immutable). Use <see cref="Load"/> with a name from <see cref="SchemaNames"/>.
/// </summary>
public sealed class JsonSchema
{
    private const string ResourcePrefix = "SendSite.Schemas.";
    private const string ResourceSuffix = ".schema.json";

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);

    private JsonSchema(string name, SchemaNode root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public SchemaNode Root { get; }

    /// <summary>The schema with this name (see <see cref="SchemaNames"/>), parsed on first use only.</summary>
    /// <exception cref="ArgumentException">No embedded schema has this name.</exception>
    /// <exception cref="SchemaLoadException">The schema uses something the validator does not support.</exception>
    public static JsonSchema Load(string name) =>
        Loaded.GetOrAdd(name, static key => new Lazy<JsonSchema>(() => FromResource(key))).Value;

    /// <summary>Reads a schema from JSON text, without caching: for tests and tools.</summary>
    public static JsonSchema Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new JsonSchema(name, SchemaReader.Read(document.RootElement, name, string.Empty));
    }

    private static JsonSchema FromResource(string name)
    {
        var assembly = typeof(JsonSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name + ResourceSuffix)
            ?? throw new ArgumentException(
                $"There is no schema '{name}'; the generator has: {string.Join(", ", SchemaNames.All)}.", nameof(name));
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd());
    }
}
