using SendSite.Site.Finder;

namespace SendSite.Tests.Finder;

public sealed class FinderTextTests
{
    [Theory]
    [InlineData("Bristol, City of", "bristol city of")]
    [InlineData("St. Helens", "st helens")]
    [InlineData("Saint Helens", "st helens")]
    [InlineData("ST HELENS", "st helens")]
    [InlineData("St Elvery's", "st elverys")]
    [InlineData("St Elvery\u2019s", "st elverys")]
    [InlineData("Westmorland and Furness", "westmorland furness")]
    [InlineData("Westmorland & Furness", "westmorland furness")]
    [InlineData("Brighton&Hove", "brighton hove")]
    [InlineData("Stoke-on-Trent", "stoke on trent")]
    [InlineData("Évêque  Averley", "eveque averley")]
    [InlineData("  County   Durham ", "county durham")]
    [InlineData("Sandown", "sandown")]
    [InlineData("Saintsbury", "saintsbury")]
    [InlineData("...", "")]
    public void Normalises_case_accents_punctuation_and_and_saint(string text, string expected) =>
        Assert.Equal(expected, FinderText.Normalise(text));

    [Fact]
    public void Official_and_everyday_names_normalise_alike_where_they_differ_only_in_punctuation() =>
        Assert.Equal(FinderText.Normalise("St Helens"), FinderText.Normalise("St. Helens"));
}
