using AngleSharp.Dom;

namespace SendSite.Rendering.Markdown.SafeHtml;

/// <summary>
/// Puts each table in its own scrolling region, so a wide table scrolls sideways on a phone or at 400% zoom
/// while the page itself still reflows (WCAG 1.4.10). The region is focusable and named so keyboard and
/// screen reader users can reach and scroll it.
/// </summary>
internal static class TableWrapper
{
    public const string WrapperClass = "app-table-wrapper";

    private const string AriaLabel = "aria-label";
    private const string RegionRole = "region";
    private const string Focusable = "0";
    private const string LabelPrefix = "Table";

    public static void Wrap(IElement table)
    {
        var wrapper = table.Owner!.CreateElement(TagNames.Div);
        wrapper.SetAttribute(AttributeNames.Class, WrapperClass);
        wrapper.SetAttribute(AttributeNames.TabIndex, Focusable);
        wrapper.SetAttribute(AttributeNames.Role, RegionRole);
        wrapper.SetAttribute(AriaLabel, Label(table));
        table.Before(wrapper);
        wrapper.AppendChild(table);
    }

    private static string Label(IElement table)
    {
        var caption = table.GetElementsByTagName(TagNames.Caption).FirstOrDefault()?.TextContent.Trim();
        var firstHeader = table.GetElementsByTagName(TagNames.Th).FirstOrDefault()?.TextContent.Trim();
        var name = string.IsNullOrEmpty(caption) ? firstHeader : caption;
        return string.IsNullOrEmpty(name) ? LabelPrefix : $"{LabelPrefix}: {name}";
    }
}
