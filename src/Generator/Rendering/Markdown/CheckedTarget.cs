using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// What the checks found for a link or image node of the syntax tree (the image file it shows, the page it goes to),
/// set by the check and read by the HTML writer, so the writer publishes the address of what was found and never the
/// target as the author wrote it (relative to the Markdown file, which is nothing on the published site).
/// </summary>
/// <typeparam name="T">What was found: its type is also the key it is kept under on the node.</typeparam>
public static class CheckedTarget<T>
    where T : class
{
    private static readonly object Key = typeof(T);

    public static void Set(LinkInline link, T found) => link.SetData(Key, found);

    /// <summary>What the checks found, or null when they found nothing (then nothing may be published for it).</summary>
    public static T? Of(LinkInline link) => link.GetData(Key) as T;
}
