using SendSite.Diagnostics;
using SendSite.Rendering.Markdown;

namespace SendSite.Tests.Rendering.Markdown.Pages;

/// <summary>Text that is no file of an input folder (an issue form's answer) has no folder to find a linked Markdown file from.</summary>
public sealed class NoPagesTests
{
    [Fact]
    public void A_link_to_a_markdown_file_is_an_error_and_is_not_published_while_other_targets_stay_as_written()
    {
        // Before, it was published as href="../../reports/...md": a path to a file, which is nothing on the site.
        var rendered = MarkdownRenderer.AllowingImagesFrom(["images.example.org"]).Render(
            "Read [our report](../../reports/a/2024-01-01-full-inspection.md#priority-action-1) and [the data](../../data/).\n", "plans/a/p.md", 7);

        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal((DiagnosticCodes.LinkedFileUnavailable, new SourceLocation("plans/a/p.md", 7, 6)), (problem.Code, problem.Location));
        Assert.Equal("<p class=\"govuk-body\">Read our report and <a href=\"../../data/\" class=\"govuk-link\">the data</a>.</p>\n", rendered.Html);
    }
}
