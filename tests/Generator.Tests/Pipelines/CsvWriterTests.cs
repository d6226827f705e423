using SendSite.Site.DataFiles;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("Northby", "Northby")]
    [InlineData("Bath and North East Somerset, and more", "\"Bath and North East Somerset, and more\"")]
    [InlineData("The \"best\" area", "\"The \"\"best\"\" area\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "\"'=HYPERLINK(\"\"https://evil.example\"\")\"")]
    [InlineData("+44 1234", "\"'+44 1234\"")]
    [InlineData("-1+2", "\"'-1+2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    public void A_field_a_spreadsheet_would_run_as_a_formula_is_neutralised_with_a_leading_quote(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void Every_record_ends_with_crlf_and_reads_back_as_written()
    {
        var csv = CsvWriter.Write(["a", "b"], [["x, y", "say \"hi\""], ["", "line\r\nbreak"]]);

        Assert.StartsWith("a,b\r\n", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        var records = CsvReader.Read(csv);
        Assert.Equal([["a", "b"], ["x, y", "say \"hi\""], ["", "line\r\nbreak"]], records);
    }
}
