using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tests.Import.Spreadsheets;

public sealed class HeaderTextTests
{
    [Theory]
    [InlineData("Priority action plan required?", "priority action plan required")]
    [InlineData("  Priority  action plan\nrequired ", "priority action plan required")]
    [InlineData("Inspection outcome [note 3]", "inspection outcome")]
    [InlineData("Inspection outcome: written statement of action required?", "inspection outcome: written statement of action required")]
    [InlineData("Number of areas for priority action.", "number of areas for priority action")]
    public void Headings_are_compared_ignoring_case_spacing_notes_and_trailing_punctuation(string heading, string expected) =>
        Assert.Equal(expected, HeaderText.Normalise(heading));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(16383, "XFD")]
    public void Columns_are_named_by_their_letters(int index, string letters) => Assert.Equal(letters, CellPlace.Letters(index));
}
