namespace SendSite.Site.Views;

/// <summary>
/// One 2016-2022 inspection in the outcomes page's separate table: the area as inspected, the current areas
/// whose pages show it (more than one for a split county), and what was found, in the same words as the area page.
/// </summary>
public sealed record EarlierOutcomeRowView(
    string AreaName,
    IReadOnlyList<LinkView> CurrentAreas,
    string PublishedText,
    string PublishedIso,
    string Statement,
    string Revisit);
