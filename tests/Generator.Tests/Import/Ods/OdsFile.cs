using System.IO.Compression;
using System.Text;

namespace SendSite.Tests.Import.Ods;

/// <summary>
/// Writes a test OpenDocument spreadsheet: a zip with the <c>mimetype</c> entry first and a <c>content.xml</c>
/// holding the sheets, as the ODF 1.3 package format lays it out. No ODS library: the tests build exactly the
/// XML they mean to exercise.
/// </summary>
public static class OdsFile
{
    private const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        + "xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" office:version=\"1.3\"";

    public static string Content(params OdsSheet[] sheets) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + $"<office:document-content {Namespaces}><office:body><office:spreadsheet>"
        + string.Concat(sheets.Select(s => s.Xml()))
        + "</office:spreadsheet></office:body></office:document-content>";

    public static void Write(string path, params OdsSheet[] sheets) => WriteContent(path, Content(sheets));

    public static void WriteContent(string path, string contentXml)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        WriteEntry(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
        WriteEntry(zip, "content.xml", contentXml, CompressionLevel.Optimal);
    }

    public static void WriteEntry(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }
}
