using System.Text;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown;

/// <summary>The plain words of a run of inlines (a heading, an image's alt text), as a reader would hear them.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var inline in container.FindDescendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return CollapseSpaces(text.ToString());
    }

    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
