using SendSite.Content;
using SendSite.Publishing;
using SendSite.Rendering.Markdown;

namespace SendSite.Building;

/// <summary>
/// Input that has been read and checked, with every Markdown body already rendered (by file), so the
/// build renders nothing twice and validate finds problems in bodies too.
/// </summary>
public sealed record CheckedContent(ContentSet Content, IReadOnlyDictionary<string, RenderedMarkdown> Bodies)
{
    /// <summary>input/published-urls.txt, read and its lines checked (empty when the folder has none).</summary>
    public UrlManifest Manifest { get; init; } = new(UrlManifest.FileName, []);
}
