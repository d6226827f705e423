namespace SendSite.Site.Views;

/// <summary>One 2016-2022 inspection on an area page (earlier-inspections.liquid).</summary>
public sealed record EarlierInspectionView(
    string Id,
    string Name,
    string Heading,
    string? InspectedAsPartOf,
    string StartText,
    string StartIso,
    string PublishedText,
    string PublishedIso,
    string Statement,
    string? RevisitDates,
    string? Revisit,
    string? OfstedPageUrl);
