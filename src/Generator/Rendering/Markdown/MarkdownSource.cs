using Markdig.Syntax;
using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Where a body came from, so positions Markdig reports inside the body (0-based line and column) become
/// positions in the file the author edits (1-based, counting the front matter above the body).
/// </summary>
internal sealed record MarkdownSource(string File, int FirstBodyLine)
{
    /// <summary>How many folders deep the file is under the input folder; relative links may climb no higher.</summary>
    public int FolderDepth { get; } = File.Count(character => character == '/');

    public SourceLocation At(MarkdownObject node) => At(node, columnOffset: 0);

    public SourceLocation At(MarkdownObject node, int columnOffset) =>
        new(File, FirstBodyLine + node.Line, node.Column + columnOffset + 1);
}
