using SendSite.Input.Yaml;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Schema;

/// <summary>How to write a value so it has the type the schema asks for, shown with the author's own field name.</summary>
internal static class TypeFix
{
    public static string For(SchemaType expected, SchemaNode schema, YamlNode found, FieldPath path)
    {
        var field = path.FieldName.Length > 0 ? path.FieldName : "name";
        var isEmpty = YamlValueDescriber.IsScalar(found, YamlScalarKind.Null);
        return expected switch
        {
            SchemaType.String when schema.Enum is { } allowed => $"Use one of: {string.Join(", ", allowed)}.",
            SchemaType.String when isEmpty => $"Write the text after '{field}:'.",
            SchemaType.String when found is YamlScalarNode scalar => $"Put it in quotes: {field}: \"{scalar.Value}\".",
            SchemaType.String => $"Give a single value on the same line as '{field}:'.",
            SchemaType.Integer when found is YamlScalarNode { Value: { } text } && int.TryParse(text, out _) =>
                $"Remove the quotes around {text}.",
            SchemaType.Integer => "Write a whole number, e.g. 1, without quotes.",
            SchemaType.Boolean => "Write true or false, without quotes.",
            SchemaType.Array => $"Write it as a list: one '- item' line per item, indented under '{field}:', or [first, second] on one line.",
            SchemaType.Object => $"Write it as 'name: value' lines, indented under '{field}:'.",
            _ => "Check the value.",
        };
    }
}
