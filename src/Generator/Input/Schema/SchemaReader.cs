using System.Text.Json;

namespace SendSite.Input.Schema;

/// <summary>
/// Reads a JSON Schema document into <see cref="SchemaNode"/>s. Every keyword must be one the validator
/// understands: a schema that says more than the validator checks would give authors false confidence, so an
/// unknown keyword or an unexpected form is a <see cref="SchemaLoadException"/> naming where it is.
/// </summary>
internal static class SchemaReader
{
    public static SchemaNode Read(JsonElement element, string schemaName, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(schemaName, path, "a schema must be a JSON object");
        }

        SchemaType? type = null;
        List<string> propertyNames = [];
        Dictionary<string, SchemaNode> properties = new(StringComparer.Ordinal);
        IReadOnlyList<string> required = [];
        var additionalAllowed = true;
        IReadOnlyList<string>? allowed = null;
        string? constant = null;
        string? pattern = null;
        var format = SchemaFormat.None;
        SchemaNode? items = null;
        int? minItems = null;
        int? minLength = null;
        decimal? minimum = null;
        string? description = null;

        foreach (var keyword in element.EnumerateObject())
        {
            var at = path + "/" + keyword.Name;
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case SchemaKeywords.Schema or SchemaKeywords.Id or SchemaKeywords.Comment or SchemaKeywords.Title:
                    String(value, schemaName, at);
                    break;
                case SchemaKeywords.Description:
                    description = String(value, schemaName, at);
                    break;
                case SchemaKeywords.Type:
                    type = ParseType(String(value, schemaName, at), schemaName, at);
                    break;
                case SchemaKeywords.Properties:
                    foreach (var property in Object(value, schemaName, at).EnumerateObject())
                    {
                        propertyNames.Add(property.Name);
                        properties[property.Name] = Read(property.Value, schemaName, at + "/" + property.Name);
                    }

                    break;
                case SchemaKeywords.Required:
                    required = Strings(value, schemaName, at);
                    break;
                case SchemaKeywords.AdditionalProperties:
                    additionalAllowed = Boolean(value, schemaName, at);
                    break;
                case SchemaKeywords.Enum:
                    allowed = Strings(value, schemaName, at);
                    break;
                case SchemaKeywords.Const:
                    constant = String(value, schemaName, at);
                    break;
                case SchemaKeywords.Pattern:
                    pattern = String(value, schemaName, at);
                    break;
                case SchemaKeywords.Format:
                    format = ParseFormat(String(value, schemaName, at), schemaName, at);
                    break;
                case SchemaKeywords.Items:
                    items = Read(value, schemaName, at);
                    break;
                case SchemaKeywords.MinItems:
                    minItems = Count(value, schemaName, at);
                    break;
                case SchemaKeywords.MinLength:
                    minLength = Count(value, schemaName, at);
                    break;
                case SchemaKeywords.Minimum:
                    minimum = value.ValueKind == JsonValueKind.Number
                        ? value.GetDecimal()
                        : throw Fail(schemaName, at, "minimum must be a number");
                    break;
                default:
                    throw Fail(schemaName, at,
                        $"the keyword '{keyword.Name}' is not supported by the generator's validator " +
                        $"(supported: {string.Join(", ", SchemaKeywords.Supported)}); support it in " +
                        "src/Generator/Input/Schema before using it");
            }
        }

        foreach (var name in required)
        {
            if (properties.Count > 0 && !properties.ContainsKey(name))
            {
                throw Fail(schemaName, path + "/" + SchemaKeywords.Required, $"'{name}' is required but not among the properties");
            }
        }

        return new SchemaNode
        {
            Type = type,
            PropertyNames = propertyNames,
            Properties = properties,
            Required = required,
            AdditionalPropertiesAllowed = additionalAllowed,
            Enum = allowed,
            Const = constant,
            PatternText = pattern,
            Pattern = pattern is null ? null : SchemaPatterns.Get(pattern),
            Format = format,
            Items = items,
            MinItems = minItems,
            MinLength = minLength,
            Minimum = minimum,
            Description = description,
        };
    }

    private static SchemaType ParseType(string name, string schemaName, string path) => name switch
    {
        "object" => SchemaType.Object,
        "array" => SchemaType.Array,
        "string" => SchemaType.String,
        "integer" => SchemaType.Integer,
        "boolean" => SchemaType.Boolean,
        _ => throw Fail(schemaName, path, $"the type '{name}' is not supported (supported: object, array, string, integer, boolean)"),
    };

    private static SchemaFormat ParseFormat(string name, string schemaName, string path) => name switch
    {
        "date" => SchemaFormat.Date,
        "date-time" => SchemaFormat.DateTime,
        "uri" => SchemaFormat.Uri,
        _ => throw Fail(schemaName, path, $"the format '{name}' is not supported (supported: date, date-time, uri)"),
    };

    private static string String(JsonElement value, string schemaName, string path) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Fail(schemaName, path, "expected a string (only the single-type, string-valued forms are supported)");

    private static bool Boolean(JsonElement value, string schemaName, string path) =>
        value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail(schemaName, path, "expected true or false (a schema here is not supported)"),
        };

    private static JsonElement Object(JsonElement value, string schemaName, string path) =>
        value.ValueKind == JsonValueKind.Object ? value : throw Fail(schemaName, path, "expected an object");

    private static string[] Strings(JsonElement value, string schemaName, string path) =>
        value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select((item, index) => String(item, schemaName, $"{path}/{index}"))]
            : throw Fail(schemaName, path, "expected an array of strings");

    private static int Count(JsonElement value, string schemaName, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0
            ? count
            : throw Fail(schemaName, path, "expected a whole number, 0 or more");

    private static SchemaLoadException Fail(string schemaName, string path, string problem) =>
        new($"{schemaName}.schema.json at #{path}: {problem}");
}
