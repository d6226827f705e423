using System.IO.Compression;
using System.Text;
using SendSite.Diagnostics;
using SendSite.Tests.Import.Ods;
using SendSite.Tests.Support;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tests.Import.Spreadsheets;

/// <summary>The streaming ODS reader on spreadsheets built here, as Ofsted's are laid out, and on files that are not spreadsheets.</summary>
public sealed class OdsReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private (IReadOnlyList<Sheet>? Sheets, DiagnosticBag Problems) Read(string path)
    {
        var problems = new DiagnosticBag();
        return (OdsReader.Read(path, problems), problems);
    }

    [Fact]
    public void Sheets_rows_and_cells_keep_their_places_text_links_and_dates()
    {
        var path = folder.Combine("mi.ods");
        OdsFile.Write(path,
            OfstedShapedFiles.Cover("Cover"),
            new OdsSheet("Table_1")
                .Row("Title")
                .EmptyRows(3)
                .Row(OdsCell.Hyperlink("https://example.org/r/1", "Report webpage"), OdsCell.Empty(2), OdsCell.Date(2023, 3, 27))
                .Row(OdsCell.Link("https://example.org/r/2", "Report webpage"), OdsCell.Text("A & B")));

        var (sheets, problems) = Read(path);

        Assert.False(problems.HasErrors);
        Assert.Equal(["Cover_sheet", "Table_1"], sheets!.Select(s => s.Name ?? ""));
        Assert.Equal([1, 4], sheets![0].Rows.Select(r => r.Number));
        var table = sheets[1];
        Assert.Equal([1, 5, 6], table.Rows.Select(r => r.Number));
        var linked = table.Rows[1];
        Assert.Equal(new SheetCell("Report webpage", "https://example.org/r/1", null), linked.Cell(0));
        Assert.True(linked.Cell(1).IsEmpty);
        Assert.Equal(new SheetCell("27/03/2023", null, new DateOnly(2023, 3, 27)), linked.Cell(3));
        Assert.Equal(4, linked.Cells.Count); // the run of empty cells to column 16,384 is not kept
        Assert.Equal("https://example.org/r/2", table.Rows[2].Cell(0).Link);
        Assert.Equal("A & B", table.Rows[2].Cell(1).Text);
    }

    [Fact]
    public void Spaces_line_breaks_and_comments_in_a_cell_are_read_as_a_person_sees_them()
    {
        var path = folder.Combine("cells.ods");
        var cell = new OdsCell("<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a comment</text:p></office:annotation>"
            + "<text:p>Local<text:s text:c=\"2\"/>area</text:p><text:p>partnership</text:p></table:table-cell>");
        OdsFile.Write(path, new OdsSheet("S").Row(cell, OdsCell.Text("next")));

        var (sheets, _) = Read(path);

        Assert.Equal(["Local  area\npartnership", "next"], sheets![0].Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Declared_runs_of_a_million_empty_rows_and_sixteen_thousand_empty_cells_cost_no_memory()
    {
        var path = folder.Combine("runs.ods");
        var sheets = Enumerable.Range(1, 5).Select(i => new OdsSheet($"S{i}")
            .Row("a").EmptyRows(1_048_000).Row(OdsCell.Empty(16_371), OdsCell.Text("far")).Row(OdsCell.Empty(5), OdsCell.Text("near"))).ToArray();
        OdsFile.Write(path, sheets);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (read, problems) = Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(problems.HasErrors);
        Assert.Equal([1, 1_048_003], read![0].Rows.Select(r => r.Number)); // row 1,048,002 has only "far", past the columns import reads
        Assert.Equal("near", read[0].Rows[1].Cell(5).Text);
        // Five sheets declare over five million rows and eighty billion cells; reading them allocates what a
        // few hundred rows would. (Materialising one empty row per declared row would take hundreds of MB.)
        Assert.True(allocated < 8_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_zip_without_content_xml_is_one_clear_error()
    {
        var path = folder.Combine("book.ods");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            OdsFile.WriteEntry(zip, "xl/workbook.xml", "<workbook/>", CompressionLevel.Optimal);
        }

        var (sheets, problems) = Read(path);

        Assert.Null(sheets);
        var error = Assert.Single(problems.Sorted);
        Assert.Equal(DiagnosticCodes.ImportNotSpreadsheet, error.Code);
        Assert.Contains("no content.xml", error.Message);
    }

    [Fact]
    public void A_truncated_file_is_one_clear_error_not_an_exception()
    {
        var path = folder.Combine("cut.ods");
        OdsFile.Write(path, OfstedShapedFiles.Cover("Cover"), new OdsSheet("Data").Row("x"));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var (sheets, problems) = Read(path);

        Assert.Null(sheets);
        var error = Assert.Single(problems.Sorted);
        Assert.Equal(DiagnosticCodes.ImportNotSpreadsheet, error.Code);
        Assert.Contains("damaged or incomplete", error.Message);
    }

    [Fact]
    public void Broken_xml_inside_the_zip_is_one_clear_error()
    {
        var path = folder.Combine("broken.ods");
        OdsFile.WriteContent(path, "<office:document-content><table:table");

        var (sheets, problems) = Read(path);

        Assert.Null(sheets);
        Assert.Equal(DiagnosticCodes.ImportNotSpreadsheet, Assert.Single(problems.Sorted).Code);
    }

    [Fact]
    public void A_content_xml_of_50_MB_is_refused_before_it_is_read()
    {
        var path = folder.Combine("huge.ods");
        var row = "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>" + new string('x', 1000) + "</text:p></table:table-cell></table:table-row>";
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("content.xml", CompressionLevel.Fastest).Open())
        {
            var bytes = Encoding.UTF8.GetBytes(row);
            for (var written = 0L; written < 50L * 1024 * 1024; written += bytes.Length)
            {
                stream.Write(bytes);
            }
        }

        var (sheets, problems) = Read(path);

        Assert.Null(sheets);
        var error = Assert.Single(problems.Sorted);
        Assert.Equal(DiagnosticCodes.ImportNotSpreadsheet, error.Code);
        Assert.Contains("50 MB", error.Message);
    }
}
