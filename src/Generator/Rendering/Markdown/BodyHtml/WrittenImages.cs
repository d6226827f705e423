using SendSite.Rendering.Markdown.Images;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// The image files one body's HTML shows, and where in that HTML each image's address starts. An address is
/// written from the site's root (files/...), because a body's HTML does not depend on the page it goes on; the
/// page adds the way from itself to the root at those places (<see cref="RenderedMarkdown.ForPage"/>).
/// </summary>
public sealed class WrittenImages
{
    private readonly List<int> offsets = [];
    private readonly List<BodyImage> files = [];

    /// <summary>Where each address starts in the HTML, in order.</summary>
    public IReadOnlyList<int> Offsets => offsets;

    /// <summary>Each file once, in the order the body first shows it.</summary>
    public IReadOnlyList<BodyImage> Files => files;

    public void Add(int offset, BodyImage file)
    {
        offsets.Add(offset);
        if (!files.Contains(file))
        {
            files.Add(file);
        }
    }
}
