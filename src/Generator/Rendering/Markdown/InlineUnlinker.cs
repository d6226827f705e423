using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown;

/// <summary>Takes the link away and keeps what the reader would have read: the link text, or an image's alt text.</summary>
internal static class InlineUnlinker
{
    public static void KeepTextOnly(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    public static void KeepTextOnly(AutolinkInline autolink) =>
        autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
}
