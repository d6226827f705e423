using System.Text.RegularExpressions;

namespace SendSite.Input.Schema;

/// <summary>
/// One (sub)schema, read once from JSON and immutable afterwards, so validators on many threads share it.
/// Only the keywords in <see cref="SchemaKeywords.Supported"/> exist here.
/// </summary>
public sealed class SchemaNode
{
    public SchemaType? Type { get; init; }

    /// <summary>Declared properties, in the schema's order (used to list and suggest field names).</summary>
    public IReadOnlyList<string> PropertyNames { get; init; } = [];

    public IReadOnlyDictionary<string, SchemaNode> Properties { get; init; } = new Dictionary<string, SchemaNode>();

    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>False when the schema says additionalProperties: false (unknown fields are errors).</summary>
    public bool AdditionalPropertiesAllowed { get; init; } = true;

    public IReadOnlyList<string>? Enum { get; init; }

    public string? Const { get; init; }

    /// <summary>The pattern as written in the schema, for messages.</summary>
    public string? PatternText { get; init; }

    /// <summary>The pattern, built once with ECMA-262 meaning (see <see cref="SchemaPatterns"/>).</summary>
    public Regex? Pattern { get; init; }

    public SchemaFormat Format { get; init; }

    public SchemaNode? Items { get; init; }

    public int? MinItems { get; init; }

    public int? MinLength { get; init; }

    public decimal? Minimum { get; init; }

    /// <summary>Written for authors; the validator uses it as the "how to fix" text.</summary>
    public string? Description { get; init; }
}
