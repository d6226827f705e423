using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// Puts each table in its own scrolling region, so a wide table scrolls sideways on a phone or at 400% zoom
/// while the page itself still reflows (WCAG 1.4.10). The region is focusable and named so keyboard and
/// screen reader users can reach and scroll it.
/// </summary>
internal static class TableWrapper
{
    public const string WrapperClass = "app-table-wrapper";

    private const string LabelPrefix = "Table";

    public static void WriteStart(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"").Write(WrapperClass).Write("\" tabindex=\"0\" role=\"region\"");
        var name = TableLabel.FirstHeaderText(table).Trim();
        HtmlText.WriteAttribute(renderer, "aria-label", name.Length == 0 ? LabelPrefix : $"{LabelPrefix}: {name}");
        renderer.Write('>');
    }

    public static void WriteEnd(HtmlRenderer renderer) => renderer.Write("</div>");
}
