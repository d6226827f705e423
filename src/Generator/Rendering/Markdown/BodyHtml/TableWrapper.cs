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

    /// <param name="namesUsed">The region names already given in this document: landmarks must have unique names
    /// (a plan with a "Milestone" table under each priority would otherwise offer several regions of one name).</param>
    public static void WriteStart(HtmlRenderer renderer, Table table, Dictionary<string, int> namesUsed)
    {
        renderer.Write("<div class=\"").Write(WrapperClass).Write("\" tabindex=\"0\" role=\"region\"");
        var header = TableLabel.FirstHeaderText(table).Trim();
        var name = header.Length == 0 ? LabelPrefix : $"{LabelPrefix}: {header}";
        var count = namesUsed[name] = namesUsed.GetValueOrDefault(name) + 1;
        HtmlText.WriteAttribute(renderer, "aria-label", count == 1 ? name : $"{name} ({count})");
        renderer.Write('>');
    }

    public static void WriteEnd(HtmlRenderer renderer) => renderer.Write("</div>");
}
