using System.Globalization;
using SendSite.Diagnostics;
using SendSite.Input.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Schema;

/// <summary>
/// One validation of one document: walks the YAML and the schema together and collects every problem.
/// A value of the wrong type is reported once and not looked into further (its other problems would be noise).
/// </summary>
internal sealed class SchemaValidationRun(string file, int lineOffset)
{
    private readonly List<Diagnostic> diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <param name="inheritedDescription">For list items, which rarely have their own description: the list's.</param>
    public void Check(YamlNode node, SchemaNode schema, FieldPath path, string? inheritedDescription)
    {
        var description = schema.Description ?? inheritedDescription;
        if (!HasExpectedType(node, schema, path, description))
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                CheckFields(mapping, schema, path);
                break;
            case YamlSequenceNode sequence:
                CheckItems(sequence, schema, path, description);
                break;
            case YamlScalarNode scalar:
                CheckScalar(scalar, schema, path, description);
                break;
        }
    }

    private bool HasExpectedType(YamlNode node, SchemaNode schema, FieldPath path, string? description)
    {
        var expected = schema.Type ?? (schema.Enum is not null || schema.Const is not null ? SchemaType.String : null);
        if (expected is not { } type || YamlValueDescriber.HasType(node, type))
        {
            return true;
        }

        if (schema.Enum is { } allowed && node is YamlScalarNode { Value: { Length: > 0 } text }
            && !YamlValueDescriber.IsScalar(node, YamlScalarKind.Null))
        {
            Report(node.Start, TextRules.NotAllowed(text, allowed, path, description));
            return false;
        }

        var expectedText = schema.Type is null ? "one of the allowed values" : YamlValueDescriber.Expected(type);
        var message = YamlValueDescriber.IsScalar(node, YamlScalarKind.Null)
            ? $"{path} has no value; it should be {expectedText}"
            : $"{path} should be {expectedText}, but it is {YamlValueDescriber.Found(node)}";
        Report(node.Start, new ValueProblem(DiagnosticCodes.WrongType, message,
            FixText.With(TypeFix.For(type, schema, node, path), description)));
        return false;
    }

    private void CheckFields(YamlMappingNode mapping, SchemaNode schema, FieldPath path)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : keyNode.ToString();
            given.Add(key);
            if (schema.Properties.TryGetValue(key, out var property))
            {
                Check(value, property, path.Property(key), inheritedDescription: null);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                Report(keyNode.Start, UnknownField(key, schema, path));
            }
        }

        foreach (var required in schema.Required)
        {
            if (!given.Contains(required))
            {
                var where = path.IsRoot ? $"the required field '{required}' is missing" : $"{path} is missing the required field '{required}'";
                var property = schema.Properties.GetValueOrDefault(required);
                Report(mapping.Start, new ValueProblem(DiagnosticCodes.RequiredField, where,
                    FixText.With($"Add a line '{required}: ...'{ExampleValues(property)}.", property?.Description)));
            }
        }
    }

    private void CheckItems(YamlSequenceNode sequence, SchemaNode schema, FieldPath path, string? description)
    {
        if (schema.MinItems is { } minItems && sequence.Children.Count < minItems)
        {
            var message = sequence.Children.Count == 0
                ? $"{path} is an empty list; it needs at least {minItems} item{(minItems == 1 ? string.Empty : "s")}"
                : $"{path} has {sequence.Children.Count} items; it needs at least {minItems}";
            Report(sequence.Start, new ValueProblem(DiagnosticCodes.TooFew, message,
                FixText.With("Add the missing items, one '- item' line each.", description)));
        }

        if (schema.Items is null)
        {
            return;
        }

        for (var index = 0; index < sequence.Children.Count; index++)
        {
            Check(sequence.Children[index], schema.Items, path.Item(index), description);
        }
    }

    private void CheckScalar(YamlScalarNode scalar, SchemaNode schema, FieldPath path, string? description)
    {
        var text = scalar.Value ?? string.Empty;
        switch (YamlScalarClassifier.Classify(scalar))
        {
            case YamlScalarKind.String when TextRules.Check(text, schema, path, description) is { } problem:
                Report(scalar.Start, problem);
                break;
            case YamlScalarKind.Integer when schema.Minimum is { } minimum && decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number < minimum:
                Report(scalar.Start, new ValueProblem(DiagnosticCodes.OutOfRange,
                    $"{path} is {text}, but the smallest allowed is {minimum}",
                    FixText.With($"Use {minimum} or more.", description)));
                break;
        }
    }

    private static ValueProblem UnknownField(string key, SchemaNode schema, FieldPath path)
    {
        var nearest = NearestMatch.Find(key, schema.PropertyNames);
        var where = path.IsRoot ? string.Empty : $" in {path}";
        return nearest is null
            ? new(DiagnosticCodes.UnknownField, $"'{key}' is not a known field{where}",
                $"Remove it, or use one of the known fields: {string.Join(", ", schema.PropertyNames)}.")
            : new(DiagnosticCodes.UnknownField, $"'{key}' is not a known field{where}; did you mean '{nearest}'?",
                $"Rename it to '{nearest}', or remove it.");
    }

    private static string ExampleValues(SchemaNode? property) =>
        property?.Enum is { } allowed ? $" with one of: {string.Join(", ", allowed)}" : string.Empty;

    private void Report(Mark mark, ValueProblem problem) =>
        diagnostics.Add(Diagnostic.Error(YamlLocation.Of(mark, file, lineOffset), problem.Code, problem.Message, problem.Fix));
}
