using SendSite.Diagnostics;
using SendSite.Input.Yaml;
using SendSite.Tests.Validation.Schema;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SendSite.Tests.Loading.Yaml;

public sealed class YamlDocumentReaderTests
{
    private const string File = "site.yml";

    [Fact]
    public void Reads_a_mapping_with_positions()
    {
        var result = YamlDocumentReader.Read("title: Example\nsample_data: true\n", File, 0);

        Assert.Empty(result.Diagnostics);
        var root = Assert.IsType<YamlMappingNode>(result.Root);
        var sample = root.Children[new YamlScalarNode("sample_data")];
        Assert.Equal(2, sample.Start.Line);
        Assert.Equal(14, sample.Start.Column);
    }

    [Fact]
    public void Strips_a_byte_order_mark()
    {
        var result = YamlDocumentReader.Read("\uFEFFtitle: Example\n", File, 0);

        var root = Assert.IsType<YamlMappingNode>(result.Root);
        Assert.True(root.Children.ContainsKey(new YamlScalarNode("title")));
    }

    [Theory]
    [InlineData("area: aldermoor\n\tkind: full-inspection\n", 2, 1, "tab")]
    [InlineData("areas_for_improvement:\n\t- one\n", 2, 1, "tab")]
    [InlineData("title: Plans: what comes next\n", 1, 13, "contains ': '")]
    [InlineData("area: aldermoor\n  kind: full-inspection\n", 2, 3, "indented more")]
    [InlineData("area: aldermoor\nkind\nstatus: draft\n", 2, 1, "no colon")]
    [InlineData("title: 'Aldermoor's plan'\n", 1, 19, "after the closing quote")]
    [InlineData("responsible: [Aldermoor City Council, NHS Aldermoor ICB\n", 1, 14, "not closed with ']'")]
    [InlineData("title: \"Aldermoor plan\n", 1, 8, "never closed")]
    [InlineData("owners: @aldermoor\n", 1, 9, "cannot start with '@'")]
    [InlineData("responsible: - Aldermoor City Council\n", 1, 14, "same line")]
    [InlineData("title: *draft\n", 1, 8, "anchor")]
    public void Syntax_errors_are_explained_at_the_character_to_fix(string yaml, int line, int column, string words)
    {
        var result = YamlDocumentReader.Read(yaml, File, 0);

        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(new SourceLocation(File, line, column), diagnostic.Location);
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", diagnostic.Message + diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_list_left_open_is_reported_where_it_opens()
    {
        var yaml = SchemaValidatorTests.ValidReport.Replace("responsible: [Aldermoor", "responsible: [[Aldermoor", StringComparison.Ordinal);

        var diagnostic = Assert.Single(YamlDocumentReader.Read(yaml, File, 0).Diagnostics);

        Assert.Equal(new SourceLocation(File, 14, 18), diagnostic.Location);
        Assert.Equal("the '[' here is not closed with ']' on the same line", diagnostic.Message);
    }

    [Fact]
    public void Syntax_error_lines_are_mapped_to_the_file_with_the_offset()
    {
        var result = YamlDocumentReader.Read("area: aldermoor\nkind\n", "reports/a/x.md", lineOffset: 1);

        Assert.Equal(new SourceLocation("reports/a/x.md", 3, 1), Assert.Single(result.Diagnostics).Location);
    }

    [Fact]
    public void Every_repeated_key_is_reported_with_where_it_was_first_given()
    {
        var yaml = "area: aldermoor\nkind: full-inspection\narea: bramhill\nchange_notes:\n  - date: 2025-01-01\n    date: 2025-01-02\n";

        var result = YamlDocumentReader.Read(yaml, File, lineOffset: 1);

        Assert.Null(result.Root);
        Assert.Collection(
            result.Diagnostics,
            first =>
            {
                Assert.Equal(new SourceLocation(File, 4, 1), first.Location);
                Assert.Equal(DiagnosticCodes.YamlSyntax, first.Code);
                Assert.Equal("'area' is given twice; it was first given on line 2", first.Message);
            },
            second =>
            {
                Assert.Equal(new SourceLocation(File, 7, 5), second.Location);
                Assert.Contains("first given on line 6", second.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void The_same_key_in_different_mappings_is_not_a_duplicate()
    {
        var yaml = "change_notes:\n  - date: 2025-01-01\n    note: a\n  - date: 2025-01-02\n    note: b\n";

        Assert.Empty(YamlDocumentReader.Read(yaml, File, 0).Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void An_empty_document_is_reported_where_the_yaml_starts(string yaml)
    {
        var result = YamlDocumentReader.Read(yaml, File, lineOffset: 1);

        Assert.Null(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation(File, 2, 1), diagnostic.Location);
        Assert.Contains("empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_reported()
    {
        var result = YamlDocumentReader.Read("title: A\n---\ntitle: B\n", File, 0);

        Assert.NotNull(result.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceLocation(File, 3, 1), diagnostic.Location);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Crlf_yaml_has_the_same_positions_and_values_as_lf()
    {
        var result = YamlDocumentReader.Read("title: 'A'\r\nbase_url: https://example.org/\r\n", File, 0);

        var root = Assert.IsType<YamlMappingNode>(result.Root);
        var url = Assert.IsType<YamlScalarNode>(root.Children[new YamlScalarNode("base_url")]);
        Assert.Equal("https://example.org/", url.Value);
        Assert.Equal(2, url.Start.Line);
        Assert.Equal(11, url.Start.Column);
    }
}
