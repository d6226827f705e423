using SendSite.Diagnostics;
using SendSite.Rendering.Markdown;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

public sealed class MarkdownRendererTests
{
    private const string File = "reports/example-area/2024-01-01-full-inspection.md";

    [Fact]
    public void Returns_level_2_and_3_headings_for_the_contents_list_with_the_ids_in_the_html()
    {
        var markdown = "## What *it* is like\n\n### Leadership\n\n#### Detail\n\n## What it is like";

        var rendered = MarkdownRenderer.Shared.Render(markdown, File, firstBodyLine: 1);

        Assert.Equal(
            [new HeadingInfo(2, "What it is like", "what-it-is-like"), new HeadingInfo(3, "Leadership", "leadership"),
             new HeadingInfo(2, "What it is like", "what-it-is-like-2")],
            rendered.Headings);
        Assert.All(rendered.Headings, heading => Assert.Contains($"id=\"{heading.Id}\"", rendered.Html, StringComparison.Ordinal));
        Assert.Empty(rendered.Diagnostics);
    }

    [Theory]
    [InlineData("- item\n- [x](javascript:1)", 2, 3)]
    [InlineData("> quoted\n> more [x](javascript:1)", 2, 8)]
    [InlineData("1. item\n\n   > <b>x</b>", 3, 6)]
    [InlineData("| a | b |\n|---|---|\n| 1 | [x](vbscript:1) |", 3, 7)]
    [InlineData("Para\n  <div>", 2, 3)]
    [InlineData("- item\n- <div>x</div>", 2, 3)]
    [InlineData("Intro\n\n> <div>", 3, 3)]
    public void Points_at_the_line_and_column_of_the_file_inside_containers(string markdown, int bodyLine, int column)
    {
        const int FirstBodyLine = 7;

        var rendered = MarkdownRenderer.Shared.Render(markdown, File, FirstBodyLine);

        var diagnostic = Assert.Single(rendered.Diagnostics);
        Assert.Equal(new SourceLocation(File, FirstBodyLine + bodyLine - 1, column), diagnostic.Location);
    }

    [Fact]
    public void Messages_name_the_problem_and_say_how_to_fix_it()
    {
        var markdown = "<center>x</center>\n\n[x](javascript:alert(document.cookie))\n\n![](https://images.example.org/a.png)\n\n# Top\n\n#### Deep";

        var rendered = MarkdownRenderer.AllowingImagesFrom(["images.example.org"]).Render(markdown, File, firstBodyLine: 1);

        Assert.Equal(
            [DiagnosticCodes.RawHtml, DiagnosticCodes.UnsafeLink, DiagnosticCodes.ImageWithoutAlt,
             DiagnosticCodes.TopLevelHeadingInBody, DiagnosticCodes.SkippedHeadingLevel],
            rendered.Diagnostics.Select(d => d.Code));
        Assert.All(rendered.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(rendered.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Fix)));
        Assert.Contains("<center>", rendered.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(document.cookie)", rendered.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("a.png", rendered.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("level 4", rendered.Diagnostics[4].Message, StringComparison.Ordinal);
        Assert.Contains("### Deep", rendered.Diagnostics[4].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortens_long_targets_in_messages()
    {
        var target = "javascript:" + new string('a', 500);

        var rendered = MarkdownRenderer.Shared.Render($"[x]({target})", File, firstBodyLine: 1);

        Assert.True(Assert.Single(rendered.Diagnostics).Message.Length < 200);
    }

    [Fact]
    public void Gives_the_same_bytes_every_time_and_on_every_thread()
    {
        var markdown = SampleDocument.Create(words: 2_000);
        // A site's renderer: its links to Markdown files are looked up in parallel too.
        var first = SpecInput.Renderer.Render(markdown, File, firstBodyLine: 5);

        var results = new RenderedMarkdown[16];
        Parallel.For(0, results.Length, i => results[i] = SpecInput.Renderer.Render(markdown, File, firstBodyLine: 5));

        Assert.All(results, result =>
        {
            Assert.Equal(first.Html, result.Html);
            Assert.Equal(first.Headings, result.Headings);
            Assert.Equal(first.Diagnostics, result.Diagnostics);
        });
    }

    [Fact]
    public void A_realistic_document_renders_without_problems_and_safely()
    {
        var rendered = SpecInput.Renderer.Render(SampleDocument.Create(words: 5_000), File, firstBodyLine: 1);

        Assert.Empty(rendered.Diagnostics);
        Assert.NotEmpty(rendered.Headings);
        PublishedHtmlAssert.IsSafe(rendered.Html);
    }

    [Fact]
    public void Refuses_a_body_line_before_the_first_line()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkdownRenderer.Shared.Render("x", File, firstBodyLine: 0));
    }
}
