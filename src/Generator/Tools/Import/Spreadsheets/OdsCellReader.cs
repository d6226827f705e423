using System.Globalization;
using System.Text;
using System.Xml;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// Reads one <c>table:table-cell</c> from a positioned XmlReader into a <see cref="SheetCell"/>: the text of its
/// paragraphs (joined by line breaks, with <c>text:s</c> spaces and tabs restored), the first <c>text:a</c> link
/// or the HYPERLINK formula's address, and the date of a date-typed cell. Comments (<c>office:annotation</c>)
/// are skipped: they are not the cell's value.
/// </summary>
internal static class OdsCellReader
{
    public static SheetCell Read(XmlReader reader)
    {
        var link = HyperlinkFormula.Address(reader.GetAttribute(OdsNames.FormulaAttribute, OdsNames.Table));
        var date = reader.GetAttribute(OdsNames.ValueTypeAttribute, OdsNames.Office) == OdsNames.DateValueType
            ? DateValue(reader.GetAttribute(OdsNames.DateValueAttribute, OdsNames.Office))
            : null;
        if (reader.IsEmptyElement)
        {
            return link is null && date is null ? SheetCell.Empty : new SheetCell("", link, date);
        }
        var text = new StringBuilder();
        var paragraphs = 0;
        var depth = reader.Depth;
        var advance = true;
        // Ends on the cell's end element. Skip() already moves to the next node, so the loop must not read again then.
        while ((!advance || reader.Read()) && reader.Depth > depth)
        {
            advance = true;
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                text.Append(reader.Value);
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            switch (reader.NamespaceURI, reader.LocalName)
            {
                case (OdsNames.Office, OdsNames.AnnotationElement):
                    reader.Skip();
                    advance = false;
                    break;
                case (OdsNames.Text, OdsNames.ParagraphElement or OdsNames.HeadingElement):
                    if (paragraphs++ > 0)
                    {
                        text.Append('\n');
                    }
                    break;
                case (OdsNames.Text, OdsNames.LinkElement):
                    link ??= reader.GetAttribute(OdsNames.HrefAttribute, OdsNames.XLink)?.Trim();
                    break;
                case (OdsNames.Text, OdsNames.SpaceElement):
                    var count = int.TryParse(reader.GetAttribute(OdsNames.SpaceCountAttribute, OdsNames.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 1;
                    text.Append(' ', Math.Clamp(count, 1, 1000));
                    break;
                case (OdsNames.Text, OdsNames.TabElement):
                    text.Append('\t');
                    break;
                case (OdsNames.Text, OdsNames.LineBreakElement):
                    text.Append('\n');
                    break;
            }
        }
        return new SheetCell(text.ToString(), link, date);
    }

    /// <summary>An <c>office:date-value</c> ("2023-03-27", or with a time after it); an impossible date is no date, so the row reader reports the cell's text.</summary>
    private static DateOnly? DateValue(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
