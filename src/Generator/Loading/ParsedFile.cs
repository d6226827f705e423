using SendSite.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Loading;

/// <summary>A YAML file or front matter that parsed and passed its schema, with where its fields are and its Markdown body.</summary>
public sealed record ParsedFile(string RelativePath, YamlFields Fields, YamlMappingNode Root, SourceMap Source, MarkdownBody? Body);
