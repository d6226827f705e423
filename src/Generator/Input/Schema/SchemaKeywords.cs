namespace SendSite.Input.Schema;

/// <summary>The JSON Schema keywords the validator understands; any other keyword in a schema fails loading.</summary>
internal static class SchemaKeywords
{
    public const string Schema = "$schema";
    public const string Id = "$id";
    public const string Comment = "$comment";
    public const string Title = "title";
    public const string Description = "description";
    public const string Type = "type";
    public const string Properties = "properties";
    public const string Required = "required";
    public const string AdditionalProperties = "additionalProperties";
    public const string Enum = "enum";
    public const string Const = "const";
    public const string Pattern = "pattern";
    public const string Format = "format";
    public const string Items = "items";
    public const string MinItems = "minItems";
    public const string MinLength = "minLength";
    public const string Minimum = "minimum";

    public static IReadOnlyList<string> Supported { get; } =
    [
        Schema, Id, Comment, Title, Description, Type, Properties, Required, AdditionalProperties, Enum, Const,
        Pattern, Format, Items, MinItems, MinLength, Minimum,
    ];
}
