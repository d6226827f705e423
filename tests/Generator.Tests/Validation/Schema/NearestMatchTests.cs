using SendSite.Input.Schema;
using Xunit;

namespace SendSite.Tests.Validation.Schema;

public sealed class NearestMatchTests
{
    private static readonly string[] Kinds = ["full-inspection", "monitoring-inspection"];

    [Theory]
    [InlineData("full-inspecton", "full-inspection")]
    [InlineData("Full-Inspection", "full-inspection")]
    [InlineData("monitoring", "monitoring-inspection")]
    [InlineData("montioring-inspection", "monitoring-inspection")]
    [InlineData("full_inspection", "full-inspection")]
    public void Suggests_the_intended_value(string typed, string expected)
    {
        Assert.Equal(expected, NearestMatch.Find(typed, Kinds));
    }

    [Theory]
    [InlineData("annual-review")]
    [InlineData("")]
    [InlineData("ful")]
    public void Suggests_nothing_when_nothing_is_close(string typed)
    {
        Assert.Null(NearestMatch.Find(typed, Kinds));
    }

    [Theory]
    [InlineData("kind", "kind", 0)]
    [InlineData("kind", "kidn", 1)]
    [InlineData("draft", "drafts", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("approved", "aproved", 1)]
    public void Counts_edits_with_adjacent_swaps_as_one(string first, string second, int distance)
    {
        Assert.Equal(distance, NearestMatch.Distance(first, second));
    }
}
