namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>The OpenDocument names the reader looks for (OpenDocument 1.3, part 3): namespaces, elements and attributes.</summary>
internal static class OdsNames
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public const string XLink = "http://www.w3.org/1999/xlink";

    public const string ContentEntry = "content.xml";

    public const string TableElement = "table";
    public const string RowElement = "table-row";
    public const string CellElement = "table-cell";
    public const string CoveredCellElement = "covered-table-cell";
    public const string AnnotationElement = "annotation";
    public const string ParagraphElement = "p";
    public const string HeadingElement = "h";
    public const string LinkElement = "a";
    public const string SpaceElement = "s";
    public const string TabElement = "tab";
    public const string LineBreakElement = "line-break";

    public const string NameAttribute = "name";
    public const string RowsRepeatedAttribute = "number-rows-repeated";
    public const string ColumnsRepeatedAttribute = "number-columns-repeated";
    public const string ValueTypeAttribute = "value-type";
    public const string DateValueAttribute = "date-value";
    public const string FormulaAttribute = "formula";
    public const string HrefAttribute = "href";
    public const string SpaceCountAttribute = "c";

    public const string DateValueType = "date";
}
