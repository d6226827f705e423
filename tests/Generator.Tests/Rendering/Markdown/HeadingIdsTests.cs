using SendSite.Rendering.Markdown;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

public sealed class HeadingIdsTests
{
    [Theory]
    [InlineData("Areas for improvement", "areas-for-improvement")]
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
}
