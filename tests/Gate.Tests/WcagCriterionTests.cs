using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class WcagCriterionTests
{
    [Theory]
    [InlineData("wcag143", "1.4.3")]
    [InlineData("wcag1410", "1.4.10")]
    [InlineData("wcag258", "2.5.8")]
    [InlineData("wcag2411", "2.4.11")]
    [InlineData("wcag2aa", null)]
    [InlineData("wcag21aa", null)]
    [InlineData("best-practice", null)]
    public void Axe_tags_become_criterion_numbers(string tag, string? criterion) =>
        Assert.Equal(criterion, WcagCriterion.FromTag(tag));

    [Fact]
    public void Several_tags_are_listed_once_in_order() =>
        Assert.Equal("1.3.1, 4.1.2", WcagCriterion.FromTags(["wcag2a", "wcag412", "wcag131", "wcag412"]));
}
