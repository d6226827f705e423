using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Schema;
using SendSite.Input.Yaml;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads one input file: splits front matter from Markdown, parses the YAML keeping positions, and checks
/// it against its JSON Schema. Every problem goes to the bag; the file is returned only when it is sound
/// enough to map to a record.
/// </summary>
public sealed class SourceFileReader(InputPaths paths, DiagnosticBag diagnostics)
{
    public ParsedFile? ReadYaml(string relativePath, string schemaName) => Read(relativePath, schemaName, hasBody: false);

    public ParsedFile? ReadMarkdown(string relativePath, string schemaName) => Read(relativePath, schemaName, hasBody: true);

    private ParsedFile? Read(string relativePath, string schemaName, bool hasBody)
    {
        var fullPath = paths.Full(relativePath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relativePath), DiagnosticCodes.MissingFile,
                $"{relativePath} is missing.", $"Create {relativePath}; see README.md, section 'Content format'."));
            return null;
        }
        if (!paths.StaysInside(fullPath))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relativePath), DiagnosticCodes.UnsafePath,
                $"{relativePath} is a link to a file outside the input folder, so it is not read.",
                "Replace the link with the file itself."));
            return null;
        }
        string text;
        FileStamp stamp;
        try
        {
            // Taken before reading: a change after this moment shows when the body is read again.
            stamp = FileStamp.Of(fullPath);
            if (Utf8FileText.Read(fullPath, relativePath, DiagnosticCodes.NotUtf8, out var notUtf8) is not { } read)
            {
                diagnostics.Add(notUtf8!);
                return null;
            }
            text = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(relativePath), DiagnosticCodes.UnreadableFile,
                $"{relativePath} cannot be read: {e.Message}", "Check the file exists and is readable."));
            return null;
        }

        var yaml = text;
        var yamlFirstLine = 1;
        MarkdownBody? body = null;
        var bodyText = ReadOnlyMemory<char>.Empty;
        if (hasBody)
        {
            if (!FrontMatterSplitter.TrySplit(text, relativePath, out var frontMatter, out var problem))
            {
                diagnostics.Add(problem);
                return null;
            }
            yaml = frontMatter.Yaml;
            yamlFirstLine = frontMatter.YamlStartLine;
            body = new MarkdownBody(relativePath, frontMatter.BodyStartLine, fullPath, frontMatter.BodyOffset, frontMatter.BodyLength, stamp);
            bodyText = frontMatter.Source.AsMemory(frontMatter.BodyOffset); // no copy: only a plan's placeholders look at it
        }

        var lineOffset = yamlFirstLine - 1;
        var parsed = YamlDocumentReader.Read(yaml, relativePath, lineOffset);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Root is null)
        {
            return null;
        }
        var schemaProblems = SchemaValidator.Validate(parsed.Root, JsonSchema.Load(schemaName), relativePath, lineOffset);
        diagnostics.AddRange(schemaProblems);
        if (schemaProblems.Any(d => d.Severity == Severity.Error) || parsed.HasErrors || parsed.Root is not YamlMappingNode root)
        {
            return null;
        }
        return new ParsedFile(relativePath, new YamlFields(root), root, SourceMapOf(root, relativePath, lineOffset), body) { BodyText = bodyText };
    }

    public static SourceMap SourceMapOf(YamlMappingNode mapping, string file, int lineOffset)
    {
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                fields[name] = new SourceLocation(file, (int)value.Start.Line + lineOffset, (int)value.Start.Column);
            }
        }
        return new SourceMap(new SourceLocation(file, (int)mapping.Start.Line + lineOffset, (int)mapping.Start.Column), fields);
    }
}
