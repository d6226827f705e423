namespace SendSite.Domain.Content;

/// <summary>
/// The revisit of a 2016-2022 inspection that required a written statement of action. Its publication and
/// finding are unknown until Ofsted publishes them; the counts are of significant weaknesses with and without
/// sufficient progress.
/// </summary>
public sealed record EarlierRevisit(
    DateOnly Start,
    DateOnly? Published,
    RevisitProgress? Progress,
    int? WeaknessesWithProgress,
    int? WeaknessesWithoutProgress);
