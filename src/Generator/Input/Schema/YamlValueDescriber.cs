using SendSite.Input.Yaml;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Schema;

/// <summary>Says in words what a YAML value is and whether it has a schema type, for messages and checks.</summary>
internal static class YamlValueDescriber
{
    public static bool HasType(YamlNode node, SchemaType type) => type switch
    {
        SchemaType.Object => node is YamlMappingNode,
        SchemaType.Array => node is YamlSequenceNode,
        SchemaType.String => IsScalar(node, YamlScalarKind.String),
        SchemaType.Integer => IsScalar(node, YamlScalarKind.Integer),
        SchemaType.Boolean => IsScalar(node, YamlScalarKind.Boolean),
        _ => false,
    };

    public static bool IsScalar(YamlNode node, YamlScalarKind kind) =>
        node is YamlScalarNode scalar && YamlScalarClassifier.Classify(scalar) == kind;

    public static string Expected(SchemaType type) => type switch
    {
        SchemaType.Object => "a set of fields ('name: value' lines)",
        SchemaType.Array => "a list",
        SchemaType.String => "text",
        SchemaType.Integer => "a whole number",
        SchemaType.Boolean => "true or false",
        _ => type.ToString(),
    };

    public static string Found(YamlNode node) => node switch
    {
        YamlMappingNode => "a set of fields",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => YamlScalarClassifier.Classify(scalar) switch
        {
            YamlScalarKind.Null => "empty",
            YamlScalarKind.Boolean => $"{scalar.Value}, a yes/no value",
            YamlScalarKind.Integer or YamlScalarKind.Number => $"the number {scalar.Value}",
            _ => $"the text '{scalar.Value}'",
        },
        _ => "something else",
    };
}
