using System.Diagnostics;
using System.Text;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// Markdown nested past 32 levels is an error at its line, found by one pass over the text: Markdig threw with a
/// stack trace past about 128 levels, and took 49 s on a 3,000-level list.
/// </summary>
public sealed class NestingLimitTests
{
    private const string File = "reports/northby/r.md";
    private const int FirstBodyLine = 10;

    private static string IndentedList(int levels)
    {
        var text = new StringBuilder();
        for (var level = 0; level < levels; level++)
        {
            text.Append(' ', level * 2).Append("- item ").Append(level + 1).Append('\n');
        }
        return text.ToString();
    }

    public static TheoryData<string, string, int, int> Hostile => new()
    {
        { "a 3,000-level list", IndentedList(3000), FirstBodyLine + 32, 1 },
        { "3,000 quote markers", new string('>', 3000) + " deep\n", FirstBodyLine, 1 },
        { "3,000 list markers on one line", string.Concat(Enumerable.Repeat("- ", 3000)) + "x\n", FirstBodyLine, 1 },
        { "quotes and lists mixed", "Intro.\n\n" + string.Concat(Enumerable.Repeat("> - ", 2000)) + "x\n", FirstBodyLine + 2, 1 },
        { "3,000 open brackets", "Text " + new string('[', 3000) + "x\n", FirstBodyLine, 6 + 32 },
        { "3,000 emphasis markers", "Text " + new string('*', 3000) + "x" + new string('*', 3000) + "\n", FirstBodyLine, 6 },
        { "3,000 underscores around a word", "a " + new string('_', 3000) + "x" + new string('_', 3000) + "\n", FirstBodyLine, 3 },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Deep_nesting_is_an_error_at_its_line_found_in_well_under_a_second(string what, string markdown, int line, int column)
    {
        var clock = Stopwatch.StartNew();

        var checkedProblems = MarkdownRenderer.Shared.Check(markdown, File, FirstBodyLine);
        var rendered = MarkdownRenderer.Shared.Render(markdown, File, FirstBodyLine);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{what} took {clock.Elapsed}");
        foreach (var problems in new[] { checkedProblems, rendered.Diagnostics })
        {
            var problem = Assert.Single(problems);
            Assert.Equal(DiagnosticCodes.NestedTooDeep, problem.Code);
            Assert.Equal(new SourceLocation(File, line, column), problem.Location);
        }
        Assert.Equal("", rendered.Html);
    }

    [Fact]
    public void Thirty_two_levels_and_long_rules_are_allowed()
    {
        var markdown = IndentedList(32) + "\n" + new string('_', 80) + "\n\n" + "***bold italic*** and [a [nested] link](../x/)\n\n> > quoted\n";

        var rendered = MarkdownRenderer.Shared.Render(markdown, File, FirstBodyLine);

        Assert.DoesNotContain(rendered.Diagnostics, d => d.Code == DiagnosticCodes.NestedTooDeep);
        Assert.Contains("item 32", rendered.Html);
    }
}
