namespace SendSite.Domain.Content;

/// <summary>
/// Everything read from input/, as typed records, before any rule about what is published.
/// <see cref="FilesWithErrors"/> are files that exist but could not be read into a record: their own errors
/// are reported, and rules about references to them keep quiet rather than call them missing.
/// </summary>
public sealed record ContentSet(
    SiteSettings Settings,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<ContentPage> Pages,
    IReadOnlySet<string> FilesWithErrors)
{
    /// <summary>National thematic reports (input/thematic/), each drawn from visits to several areas.</summary>
    public IReadOnlyList<ThematicReport> ThematicReports { get; init; } = [];

    /// <summary>Inspections under the 2016-2022 framework (input/earlier-inspections.yml), in the file's order.</summary>
    public IReadOnlyList<EarlierInspection> EarlierInspections { get; init; } = [];
}
