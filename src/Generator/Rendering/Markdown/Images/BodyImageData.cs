using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// The checked file an image node of the syntax tree shows, set by the check and read by the HTML writer, so the
/// writer publishes the file's address and never the target as the author wrote it (which is relative to the
/// Markdown file, not to the page).
/// </summary>
public static class BodyImageData
{
    private static readonly object Key = typeof(BodyImage);

    public static void Set(LinkInline image, BodyImage file) => image.SetData(Key, file);

    /// <summary>The file the image shows, or null when the check did not find one (then nothing may be published for it).</summary>
    public static BodyImage? Of(LinkInline image) => image.GetData(Key) as BodyImage;
}
