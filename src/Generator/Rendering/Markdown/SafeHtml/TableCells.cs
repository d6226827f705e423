using AngleSharp.Dom;

namespace SendSite.Rendering.Markdown.SafeHtml;

/// <summary>
/// Table cell details: Markdig writes column alignment as an inline style, which the allow-list removes, so a
/// right-aligned column (numbers) becomes GOV.UK Frontend's "numeric" modifier class instead; header cells
/// get their scope so screen readers announce the column with each cell.
/// </summary>
internal static class TableCells
{
    private const string ColumnScope = "col";
    private const string RightAlignment = "right";

    public static bool IsRightAligned(IElement cell) =>
        cell.GetAttribute(AttributeNames.Style)?.Contains(RightAlignment, StringComparison.OrdinalIgnoreCase) == true;

    public static string? NumericModifier(string elementName) =>
        elementName == TagNames.Th ? GovukClasses.TableHeaderNumeric
        : elementName == TagNames.Td ? GovukClasses.TableCellNumeric
        : null;

    public static void MarkColumnHeader(IElement cell)
    {
        if (cell.LocalName == TagNames.Th && cell.ParentElement?.ParentElement?.LocalName == TagNames.Thead)
        {
            cell.SetAttribute(AttributeNames.Scope, ColumnScope);
        }
    }
}
