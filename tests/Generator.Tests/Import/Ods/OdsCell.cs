using System.Globalization;
using System.Security;

namespace SendSite.Tests.Import.Ods;

/// <summary>One cell of a test spreadsheet, as its <c>table:table-cell</c> element is written by LibreOffice and by Ofsted's files.</summary>
public sealed record OdsCell(string Xml)
{
    public static OdsCell Text(string text) =>
        new($"<table:table-cell office:value-type=\"string\"><text:p>{SecurityElement.Escape(text)}</text:p></table:table-cell>");

    public static OdsCell Number(int n) =>
        new($"<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>");

    /// <summary>A date-typed cell shown dd/mm/yyyy, as Ofsted's files have them.</summary>
    public static OdsCell Date(int year, int month, int day) => DateValue($"{year:D4}-{month:D2}-{day:D2}", new DateOnly(year, month, day).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    public static OdsCell DateValue(string value, string shown) =>
        new($"<table:table-cell office:value-type=\"date\" office:date-value=\"{value}\"><text:p>{shown}</text:p></table:table-cell>");

    /// <summary>A link made with a HYPERLINK formula: the cell shows only the label.</summary>
    public static OdsCell Hyperlink(string address, string label) =>
        new($"<table:table-cell table:formula=\"of:=HYPERLINK(&quot;{SecurityElement.Escape(address)}&quot;;&quot;{SecurityElement.Escape(label)}&quot;)\" office:value-type=\"string\" office:string-value=\"{SecurityElement.Escape(label)}\"><text:p>{SecurityElement.Escape(label)}</text:p></table:table-cell>");

    /// <summary>A link as a <c>text:a</c> element inside the cell's paragraph.</summary>
    public static OdsCell Link(string address, string label) =>
        new($"<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:href=\"{SecurityElement.Escape(address)}\" xlink:type=\"simple\">{SecurityElement.Escape(label)}</text:a></text:p></table:table-cell>");

    public static OdsCell Empty(int repeated = 1) =>
        new(repeated == 1 ? "<table:table-cell/>" : $"<table:table-cell table:number-columns-repeated=\"{repeated}\"/>");
}
