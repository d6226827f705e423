using System.Text;
using SendSite.Diagnostics;
using SendSite.Input.Loading;

namespace SendSite.Tests.Loading;

public sealed class Utf8FileTextTests
{
    private static string? Decode(byte[] bytes, out Diagnostic? problem) =>
        Utf8FileText.Decode(bytes, "plans/x/a.md", DiagnosticCodes.NotUtf8, out problem);

    [Fact]
    public void Utf8_text_is_read_as_it_is_and_a_byte_order_mark_is_dropped()
    {
        var text = "title: “Quotes” – and £5\r\nnext\n";
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text), out var none));
        Assert.Null(none);
        Assert.Equal(text, Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], out none));
        Assert.Null(none);
    }

    [Fact]
    public void A_Windows_1252_curly_quote_is_an_error_at_its_line_and_column_naming_the_character()
    {
        // Line 2 is "a “b”": the opening quote is the third character, byte 0x93 in Windows-1252.
        byte[] bytes = [.. "é line one\r\n"u8, (byte)'a', (byte)' ', 0x93, (byte)'b', 0x94, (byte)'\n'];

        Assert.Null(Decode(bytes, out var problem));

        Assert.Equal(new SourceLocation("plans/x/a.md", 2, 3), problem!.Location);
        Assert.Equal("SEND112", problem.Code);
        Assert.Contains("0x93", problem.Message);
        Assert.Contains("“", problem.Message);
        Assert.Contains("Save the file as UTF-8", problem.Fix);
        Assert.Contains("Notepad", problem.Fix);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_before_the_bad_byte()
    {
        byte[] bytes = [.. "££"u8, 0x96];

        Decode(bytes, out var problem);

        Assert.Equal(3, problem!.Location.Column);
        Assert.Contains("dash", problem.Message);
    }

    [Fact]
    public void A_file_saved_as_UTF_16_says_so()
    {
        Decode([0xFF, 0xFE, (byte)'a', 0], out var problem);

        Assert.Contains("UTF-16", problem!.Message);
        Assert.Equal(new SourceLocation("plans/x/a.md", 1, 1), problem.Location);
    }

    [Fact]
    public void A_sequence_cut_short_at_the_end_of_the_file_is_an_error()
    {
        byte[] bytes = [.. "ok\n"u8, 0xE2, 0x80];

        Assert.Null(Decode(bytes, out var problem));
        Assert.Equal(new SourceLocation("plans/x/a.md", 2, 1), problem!.Location);
    }
}
