using System.Globalization;
using System.IO.Compression;
using System.Xml;
using SendSite.Diagnostics;

namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// Reads the sheets of an OpenDocument spreadsheet (.ods) with no ODS library: the zip's <c>content.xml</c>
/// through a streaming XmlReader, one row at a time. Spreadsheets declare long runs of empty cells and rows
/// (<c>table:number-columns-repeated="16371"</c>, <c>table:number-rows-repeated="1048000"</c>); an empty run
/// only moves the row or column counter, so it costs no memory. Anything that is not a readable spreadsheet
/// (no content.xml, a truncated zip, broken XML, a content.xml far larger than any of Ofsted's) is one
/// error saying what the file is and what to do, never an exception.
/// </summary>
public static class OdsReader
{
    /// <summary>Ofsted's files unpack to well under 2 MB; 16 MB leaves room and stops a zip bomb early.</summary>
    public const long MaxContentBytes = 16 * 1024 * 1024;

    /// <summary>Rows with something in them, over all sheets: Ofsted's files have a few hundred.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Cells after this column are not read: Ofsted's tables have about a dozen columns.</summary>
    public const int MaxColumns = 1_000;

    public static IReadOnlyList<Sheet>? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(OdsNames.ContentEntry);
            if (entry is null)
            {
                return Fail(path, diagnostics, "is a zip file with no content.xml, so it is not an OpenDocument spreadsheet (an .xlsx file is also a zip).",
                    "Download the .ods file from Ofsted's page on gov.uk again, or open the file in a spreadsheet program and save it as .ods or .csv.");
            }
            if (entry.Length > MaxContentBytes)
            {
                return Fail(path, diagnostics,
                    $"unpacks to {Megabytes(entry.Length)} of content.xml; Ofsted's files unpack to less than 2 MB and import reads at most {Megabytes(MaxContentBytes)}.",
                    "Check this is Ofsted's published file; if a table was pasted into it, import the published file as downloaded.");
            }
            using var stream = entry.Open();
            return ReadContent(stream) ?? Fail(path, diagnostics, $"has more than {MaxRows:N0} rows with something in them; Ofsted's files have a few hundred.",
                "Check this is Ofsted's published file, as downloaded.");
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or EndOfStreamException)
        {
            return Fail(path, diagnostics, $"cannot be read as an OpenDocument spreadsheet: it is damaged or incomplete ({e.Message.TrimEnd('.')}).",
                "Download the file again (an interrupted download leaves a truncated file), or open it in a spreadsheet program and save it again.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, diagnostics, $"cannot be read: {e.Message}", "Check the path of the file.");
        }
    }

    /// <summary>The sheets, or null when they hold more than <see cref="MaxRows"/> rows with something in them.</summary>
    private static List<Sheet>? ReadContent(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // The zip's declared size can lie; this bounds what is actually unpacked and parsed.
            MaxCharactersInDocument = MaxContentBytes,
        };
        using var reader = XmlReader.Create(stream, settings);
        var sheets = new List<Sheet>();
        var rowsRead = 0;
        string? sheetName = null;
        List<SheetRow>? rows = null;
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == OdsNames.Table)
            {
                if (reader.LocalName == OdsNames.TableElement)
                {
                    sheetName = reader.GetAttribute(OdsNames.NameAttribute, OdsNames.Table) ?? $"Sheet{sheets.Count + 1}";
                    rows = [];
                    rowNumber = 0;
                    if (reader.IsEmptyElement)
                    {
                        sheets.Add(new Sheet(sheetName, rows));
                        rows = null;
                    }
                }
                else if (reader.LocalName == OdsNames.RowElement && rows is not null)
                {
                    var repeated = Repeat(reader, OdsNames.RowsRepeatedAttribute);
                    var cells = ReadRow(reader);
                    if (cells.Count > 0)
                    {
                        for (var i = 0; i < repeated; i++)
                        {
                            if (++rowsRead > MaxRows)
                            {
                                return null;
                            }
                            rows.Add(new SheetRow(rowNumber + i + 1, cells));
                        }
                    }
                    rowNumber += repeated;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == OdsNames.Table
                && reader.LocalName == OdsNames.TableElement && rows is not null)
            {
                sheets.Add(new Sheet(sheetName, rows));
                rows = null;
            }
        }
        return sheets;
    }

    /// <summary>The cells of a row up to its last non-empty one. Empty runs only move the column counter.</summary>
    private static List<SheetCell> ReadRow(XmlReader reader)
    {
        var cells = new List<SheetCell>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }
        var depth = reader.Depth;
        var column = 0;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != OdsNames.Table
                || reader.LocalName is not (OdsNames.CellElement or OdsNames.CoveredCellElement))
            {
                continue;
            }
            var repeated = Repeat(reader, OdsNames.ColumnsRepeatedAttribute);
            var cell = OdsCellReader.Read(reader);
            if (!cell.IsEmpty && column < MaxColumns)
            {
                while (cells.Count < column)
                {
                    cells.Add(SheetCell.Empty);
                }
                for (var i = 0; i < repeated && cells.Count < MaxColumns; i++)
                {
                    cells.Add(cell);
                }
            }
            column = (int)Math.Min((long)column + repeated, int.MaxValue);
        }
        return cells;
    }

    private static int Repeat(XmlReader reader, string attribute) =>
        int.TryParse(reader.GetAttribute(attribute, OdsNames.Table), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    private static IReadOnlyList<Sheet>? Fail(string path, DiagnosticBag diagnostics, string problem, string fix)
    {
        diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(path), DiagnosticCodes.ImportNotSpreadsheet, $"{path} {problem}", fix));
        return null;
    }
}
