using SendSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Yaml;

/// <summary>
/// Reads one YAML document into YamlDotNet's node tree, which keeps every node's position, so later checks can
/// point at file:line:column. Problems come back as diagnostics in plain words, never as exceptions.
/// </summary>
public static class YamlDocumentReader
{
    private const char ByteOrderMark = '\uFEFF';

    /// <param name="yaml">The YAML text (a whole .yml file, or front matter).</param>
    /// <param name="file">The file's path relative to the input folder, for diagnostics.</param>
    /// <param name="lineOffset">How many file lines come before the YAML: 0 for a .yml file,
    /// <see cref="FrontMatter.YamlLineOffset"/> for front matter.</param>
    public static YamlReadResult Read(string yaml, string file, int lineOffset)
    {
        var text = yaml.Length > 0 && yaml[0] == ByteOrderMark ? yaml[1..] : yaml;
        var stream = new YamlStream();
        var watcher = new DuplicateKeyWatcher(new Parser(new StringReader(text)));
        try
        {
            stream.Load(watcher);
        }
        catch (YamlException) when (watcher.Duplicates.Count > 0)
        {
            // YamlStream stops at the first repeated key; read on so every repeat is reported at once.
            watcher.ReadToEnd();
            return new YamlReadResult(null, [.. watcher.Duplicates.Select(d => DuplicateKey(d, file, lineOffset))]);
        }
        catch (YamlException exception)
        {
            return Failed(SyntaxError(exception, text, file, lineOffset));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18's scanner fails this way on some unclosed flow lists ("[[a, b]" followed by more lines).
            return Failed(ToDiagnostic(YamlParserFailureExplainer.Explain(text, watcher.LastGood), file, lineOffset));
        }

        if (watcher.Duplicates.Count > 0)
        {
            // YamlDotNet 18 refuses repeated keys itself; this keeps them errors should a version keep the last.
            return new YamlReadResult(null, [.. watcher.Duplicates.Select(d => DuplicateKey(d, file, lineOffset))]);
        }

        return Interpret(stream, file, lineOffset);
    }

    private static YamlReadResult Interpret(YamlStream stream, string file, int lineOffset)
    {
        if (stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode))
        {
            return Failed(Diagnostic.Error(
                new SourceLocation(file, lineOffset + 1, 1),
                DiagnosticCodes.YamlSyntax,
                "there are no fields here: the YAML is empty",
                "Add the fields, one 'name: value' line each."));
        }

        var root = stream.Documents[0].RootNode;
        if (stream.Documents.Count > 1)
        {
            return new YamlReadResult(root, [Diagnostic.Error(
                YamlLocation.Of(stream.Documents[1].RootNode.Start, file, lineOffset),
                DiagnosticCodes.YamlSyntax,
                "a second YAML document starts here, after a line '---'; only one is read",
                "Remove the '---' line above so all the fields are in one document.")]);
        }

        return new YamlReadResult(root, [.. YamlValueLimits.Check(root, file, lineOffset)]);
    }

    private static bool IsEmpty(YamlNode root) =>
        root is YamlScalarNode { Style: ScalarStyle.Plain } scalar && string.IsNullOrEmpty(scalar.Value);

    private static YamlReadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    private static Diagnostic SyntaxError(YamlException exception, string yaml, string file, int lineOffset) =>
        ToDiagnostic(YamlSyntaxExplainer.Explain(exception, yaml), file, lineOffset);

    private static Diagnostic ToDiagnostic(YamlSyntaxProblem problem, string file, int lineOffset) =>
        Diagnostic.Error(
            new SourceLocation(file, problem.Line + lineOffset, problem.Column),
            DiagnosticCodes.YamlSyntax,
            problem.Message,
            problem.Fix);

    private static Diagnostic DuplicateKey(YamlDuplicateKey duplicate, string file, int lineOffset) =>
        Diagnostic.Error(
            YamlLocation.Of(duplicate.Repeated, file, lineOffset),
            DiagnosticCodes.YamlSyntax,
            $"'{duplicate.Key}' is given twice; it was first given on line {duplicate.First.Line + lineOffset}",
            $"Keep one '{duplicate.Key}:' line and remove the other.");
}
