using SendSite.Rendering.Markdown.Images;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// The addresses one body's HTML writes from the site's root, and where in that HTML each starts: image files
/// (files/...) and the pages its links to Markdown files go to (areas/...). A body's HTML does not depend on the page
/// it goes on, so the page adds the way from itself to the root at those places (<see cref="RenderedMarkdown.ForPage"/>).
/// Also the image files the HTML shows.
/// </summary>
public sealed class WrittenAddresses
{
    private readonly List<int> offsets = [];
    private readonly List<BodyImage> images = [];

    /// <summary>Where each address starts in the HTML, in order.</summary>
    public IReadOnlyList<int> Offsets => offsets;

    /// <summary>Each image file once, in the order the body first shows it.</summary>
    public IReadOnlyList<BodyImage> Images => images;

    public void AddImage(int offset, BodyImage file)
    {
        offsets.Add(offset);
        if (!images.Contains(file))
        {
            images.Add(file);
        }
    }

    /// <summary>A page's address, written from the root like an image's.</summary>
    public void AddPage(int offset) => offsets.Add(offset);
}
