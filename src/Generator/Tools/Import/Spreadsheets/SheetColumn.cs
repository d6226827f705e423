namespace SendSite.Tools.Import.Spreadsheets;

/// <summary>
/// A column import reads: its heading as Ofsted publishes it (used in messages), the shorter headings accepted
/// as well (the forms earlier versions of import took), and whether a file without it is refused.
/// </summary>
public sealed record SheetColumn(string Heading, bool Required, params string[] OtherHeadings)
{
    public bool Matches(string normalisedHeading) =>
        HeaderText.Normalise(Heading) == normalisedHeading
        || OtherHeadings.Any(h => HeaderText.Normalise(h) == normalisedHeading);
}
