namespace SendSite.Domain.Content;

/// <summary>One local area partnership from input/areas.yml: a local authority and its integrated care board.</summary>
public sealed record Area(
    string Slug,
    string Name,
    string? OfficialName,
    string Code,
    string Region,
    string Council,
    string Icb,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<FormerName> FormerNames,
    IReadOnlyList<string> Owners,
    SourceMap Source)
{
    /// <summary>
    /// The district councils inside a county area, by their short names ("Maidstone"): parents in two-tier
    /// counties often know only the district, which collects council tax, while the county is the SEND authority.
    /// </summary>
    public IReadOnlyList<string> Districts { get; init; } = [];
}
