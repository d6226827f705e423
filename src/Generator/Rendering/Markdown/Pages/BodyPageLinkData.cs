using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// The checked page a link node of the syntax tree goes to, set by the check and read by the HTML writer, so the
/// writer publishes the page's address and never the target as the author wrote it (a path to a Markdown file,
/// relative to that file, which is nothing on the published site).
/// </summary>
public static class BodyPageLinkData
{
    private static readonly object Key = typeof(BodyPageLink);

    public static void Set(LinkInline link, BodyPageLink page) => link.SetData(Key, page);

    /// <summary>The page the link goes to, or null when the check found none.</summary>
    public static BodyPageLink? Of(LinkInline link) => link.GetData(Key) as BodyPageLink;
}
