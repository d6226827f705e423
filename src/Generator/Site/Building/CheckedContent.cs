using SendSite.Domain.Content;
using SendSite.Site.Addresses;

namespace SendSite.Site.Building;

/// <summary>
/// Input that has been read and checked. Bodies are not held: each <see cref="MarkdownBody"/> says
/// where its text is, and the text is read again when it is checked or rendered.
/// </summary>
public sealed record CheckedContent(ContentSet Content)
{
    /// <summary>input/published-urls.txt, read and its lines checked (empty when the folder has none).</summary>
    public UrlManifest Manifest { get; init; } = new(UrlManifest.FileName, []);
}
