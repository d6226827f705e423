using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SendSite.Rendering.Markdown.RawHtml;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// The words of a table's first header cell, as a browser reads the cell's text (an image's alt text is not
/// part of it, raw HTML shown as text is): the name of the table's scrolling region.
/// </summary>
internal static class TableLabel
{
    public static string FirstHeaderText(Table table)
    {
        foreach (var block in table)
        {
            if (block is TableRow { IsHeader: true, Count: > 0 } row)
            {
                var text = new StringBuilder();
                AppendBlocks(text, (TableCell)row[0]);
                return text.ToString();
            }
        }

        return string.Empty;
    }

    private static void AppendBlocks(StringBuilder text, ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                AppendInlines(text, inline);
            }
            else if (block is ContainerBlock inner)
            {
                AppendBlocks(text, inner);
            }
        }
    }

    private static void AppendInlines(StringBuilder text, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    break;
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
                case HtmlInline html when !RawHtmlText.IsComment(html.Tag):
                    text.Append(html.Tag);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case DelimiterInline delimiter:
                    text.Append(delimiter.ToLiteral());
                    AppendInlines(text, delimiter);
                    break;
                case ContainerInline inner:
                    AppendInlines(text, inner);
                    break;
            }
        }
    }
}
