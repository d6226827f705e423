using SendSite.Diagnostics;
using SendSite.Tools.Import;

namespace SendSite.Tests.Import;

public class CsvParserTests
{
    private static (IReadOnlyList<CsvRecord> Records, DiagnosticBag Problems) Parse(string text)
    {
        var problems = new DiagnosticBag();
        return (CsvParser.Parse(text, "mi.csv", problems), problems);
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var (records, problems) = Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n");

        Assert.False(problems.HasErrors);
        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\r\nlines", "z"], records[2].Fields);
    }

    [Fact]
    public void Records_know_the_line_they_start_on_after_a_field_with_a_line_break()
    {
        var (records, _) = Parse("h\n\"one\ntwo\"\nlast");

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["last"], records[2].Fields);
    }

    [Fact]
    public void A_byte_order_mark_and_empty_fields_are_read_as_spreadsheets_write_them()
    {
        var (records, _) = Parse("\uFEFFa,b,c\r\n,,\r\n");

        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["", "", ""], records[1].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_naming_its_line()
    {
        var (records, problems) = Parse("a,b\r\nx,\"open\r\ny,z\r\n");

        Assert.Empty(records);
        var error = Assert.Single(problems.Sorted);
        Assert.Equal((DiagnosticCodes.ImportMalformedCsv, 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var (_, problems) = Parse("a,b\nx,say \"hi\"\n");

        Assert.Equal(DiagnosticCodes.ImportMalformedCsv, Assert.Single(problems.Sorted).Code);
    }
}
