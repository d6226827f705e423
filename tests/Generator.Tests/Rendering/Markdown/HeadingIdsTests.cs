using System.Text.RegularExpressions;
using SendSite.Rendering.Markdown;
using SendSite.Tests.Support;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

public sealed class HeadingIdsTests
{
    [Theory]
    [InlineData("Areas for development", "areas-for-development")]
    [InlineData("  Leading and trailing  ", "leading-and-trailing")]
    [InlineData("Children & young people's needs", "children-young-peoples-needs")]
    [InlineData("Part 2 - the plan", "part-2-the-plan")]
    [InlineData("snake_case words", "snake_case-words")]
    [InlineData("ÉCOLE", "école")]
    [InlineData("?!", "section")]
    public void Makes_github_style_ids(string text, string expected)
    {
        Assert.Equal(expected, new HeadingIds().Next(text));
    }

    [Fact]
    public void Numbers_repeats_without_reusing_an_id()
    {
        var ids = new HeadingIds();

        string[] result = [ids.Next("A"), ids.Next("A-2"), ids.Next("A"), ids.Next("a"), ids.Next("?"), ids.Next("!")];

        Assert.Equal(["a", "a-2", "a-3", "a-4", "section", "section-2"], result);
    }

    [Theory]
    [InlineData("Areas for improvement", "areas-for-improvement-2")]
    [InlineData("Areas for priority action", "areas-for-priority-action-2")]
    [InlineData("Priority action 1", "priority-action-1-2")]
    [InlineData("Finding 12", "finding-12-2")]
    [InlineData("Main content", "main-content-2")]
    public void Never_takes_an_id_the_page_template_gives_its_own_elements(string text, string expected)
    {
        Assert.Equal(expected, new HeadingIds().Next(text));
    }

    [Fact]
    public void Every_literal_id_of_the_templates_around_a_body_is_reserved()
    {
        // The pages that show a Markdown body, and the partials they render: a new id in any of them must be
        // added to PageTemplateIds, or a body heading could take it.
        string[] templates = ["layout", "page", "report", "plan", "thematic", "citation", "contents-list", "change-notes", "section-heading", "outcome-tag"];
        var literal = new Regex("(?:id=\"|id: ')([a-z0-9-]+)[\"']");
        var ids = templates
            .SelectMany(t => literal.Matches(File.ReadAllText(RepositoryRoot.Combine("themes", "default", "layouts", t + ".liquid"))))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.True(PageTemplateIds.IsTaken(id), $"The template id '{id}' is not in PageTemplateIds."));
    }
}
