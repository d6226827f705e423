using SendSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Schema;

/// <summary>
/// Checks a YAML document against one of the generator's JSON Schemas and reports every problem, each at the
/// file:line:column of the value (or of the mapping, for a missing field), with the schema's description of the
/// field as the way to fix it. Thread-safe: all state lives in one run.
/// </summary>
public static class SchemaValidator
{
    /// <param name="root">The document's root node, from <see cref="SendSite.Input.Yaml.YamlDocumentReader"/>.</param>
    /// <param name="schema">From <see cref="JsonSchema.Load"/>.</param>
    /// <param name="file">The file's path relative to the input folder, for diagnostics.</param>
    /// <param name="lineOffset">How many file lines come before the YAML (0 for a .yml file).</param>
    public static IReadOnlyList<Diagnostic> Validate(YamlNode root, JsonSchema schema, string file, int lineOffset)
    {
        var run = new SchemaValidationRun(file, lineOffset);
        run.Check(root, schema.Root, FieldPath.Root, inheritedDescription: null);
        return run.Diagnostics;
    }
}
