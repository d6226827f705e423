using SendSite.Diagnostics;
using SendSite.Input.Yaml;
using Xunit;

namespace SendSite.Tests.Loading.Yaml;

public sealed class FrontMatterSplitterTests
{
    private const string File = "reports/aldermoor/2024-03-04-full-inspection.md";

    [Fact]
    public void Splits_yaml_and_body_with_their_line_numbers()
    {
        var text = "---\narea: aldermoor\nkind: full-inspection\n---\n# Report\n\nText.\n";

        Assert.True(FrontMatterSplitter.TrySplit(text, File, out var frontMatter, out _));

        Assert.Equal("area: aldermoor\nkind: full-inspection\n", frontMatter.Yaml);
        Assert.Equal(2, frontMatter.YamlStartLine);
        Assert.Equal(1, frontMatter.YamlLineOffset);
        Assert.Equal("# Report\n\nText.\n", frontMatter.Body);
        Assert.Equal(5, frontMatter.BodyStartLine);
    }

    [Fact]
    public void Handles_crlf_line_endings()
    {
        var text = "---\r\narea: aldermoor\r\n---\r\nBody\r\n";

        Assert.True(FrontMatterSplitter.TrySplit(text, File, out var frontMatter, out _));

        Assert.Equal("area: aldermoor\r\n", frontMatter.Yaml);
        Assert.Equal("Body\r\n", frontMatter.Body);
        Assert.Equal(4, frontMatter.BodyStartLine);
    }

    [Fact]
    public void Skips_a_byte_order_mark_before_the_opening_line()
    {
        Assert.True(FrontMatterSplitter.TrySplit("\uFEFF---\ntitle: About\n---\nBody", File, out var frontMatter, out _));
        // The offset counts the mark, so it is an offset into the text the caller read.
        Assert.Equal("\uFEFF---\ntitle: About\n---\n".Length, frontMatter.BodyOffset);
        Assert.Equal(4, frontMatter.BodyLength);

        Assert.Equal("title: About\n", frontMatter.Yaml);
        Assert.Equal("Body", frontMatter.Body);
    }

    [Theory]
    [InlineData("---\ntitle: About\n...\nBody", "Body")]
    [InlineData("---  \ntitle: About\n---\t\nBody", "Body")]
    [InlineData("---\ntitle: About\n---", "")]
    public void Accepts_the_document_end_marker_trailing_spaces_and_an_empty_body(string text, string body)
    {
        Assert.True(FrontMatterSplitter.TrySplit(text, File, out var frontMatter, out _));

        Assert.Equal("title: About\n", frontMatter.Yaml);
        Assert.Equal(body, frontMatter.Body);
    }

    [Fact]
    public void Empty_front_matter_is_split_into_empty_yaml()
    {
        Assert.True(FrontMatterSplitter.TrySplit("---\n---\nBody\n", File, out var frontMatter, out _));

        Assert.Equal(string.Empty, frontMatter.Yaml);
        Assert.Equal(3, frontMatter.BodyStartLine);
    }

    [Fact]
    public void A_thematic_break_in_the_body_is_not_mistaken_for_front_matter_end()
    {
        Assert.True(FrontMatterSplitter.TrySplit("---\na: 1\n---\nOne\n\n---\n\nTwo\n", File, out var frontMatter, out _));

        Assert.Equal("a: 1\n", frontMatter.Yaml);
        Assert.Equal("One\n\n---\n\nTwo\n", frontMatter.Body);
    }

    [Theory]
    [InlineData("# Report\n\nNo front matter.\n")]
    [InlineData("")]
    [InlineData("----\na: 1\n----\n")]
    [InlineData("title: About\n---\nBody\n")]
    public void A_file_not_starting_with_the_delimiter_is_reported_at_its_first_line(string text)
    {
        Assert.False(FrontMatterSplitter.TrySplit(text, File, out _, out var problem));

        Assert.Equal(new SourceLocation(File, 1, 1), problem.Location);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("'---'", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_before_the_front_matter_are_named_as_the_problem()
    {
        Assert.False(FrontMatterSplitter.TrySplit("\n\n---\na: 1\n---\n", File, out _, out var problem));

        Assert.Equal(1, problem.Location.Line);
        Assert.Contains("blank lines", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_front_matter_is_reported_at_its_opening_line()
    {
        Assert.False(FrontMatterSplitter.TrySplit("---\r\narea: aldermoor\r\n\r\n# Report\r\n", File, out _, out var problem));

        Assert.Equal(new SourceLocation(File, 1, 1), problem.Location);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, problem.Code);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\narea: aldermoor\n----\n# Report\n", 3)]
    [InlineData("---\narea: aldermoor\nkind: full-inspection\n--\n# Report\n", 4)]
    [InlineData("---\narea: aldermoor\n\u2014\n# Report\n", 3)]
    public void A_mistyped_closing_line_is_pointed_at(string text, int line)
    {
        Assert.False(FrontMatterSplitter.TrySplit(text, File, out _, out var problem));

        Assert.Equal(new SourceLocation(File, line, 1), problem.Location);
        Assert.Contains("not closed", problem.Message, StringComparison.Ordinal);
    }
}
