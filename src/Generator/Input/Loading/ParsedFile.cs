using SendSite.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>A YAML file or front matter that parsed and passed its schema, with where its fields are and its Markdown body.</summary>
public sealed record ParsedFile(string RelativePath, YamlFields Fields, YamlMappingNode Root, SourceMap Source, MarkdownBody? Body)
{
    /// <summary>
    /// The body's text while the file is being mapped, for the few facts a record keeps from it (a plan's
    /// placeholders). Records keep <see cref="Body"/>, which says where the text is, never the text itself.
    /// </summary>
    public ReadOnlyMemory<char> BodyText { get; init; }
}
