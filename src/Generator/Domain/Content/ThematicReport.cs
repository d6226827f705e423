namespace SendSite.Domain.Content;

/// <summary>
/// A national thematic report from input/thematic/&lt;id&gt;.md: drawn from visits to several areas, about one
/// topic (the first was alternative provision). It judges no area, so it has no outcome, by design.
/// </summary>
public sealed record ThematicReport(
    string Id,
    string Title,
    string Topic,
    string? Summary,
    DateTimeOffset Published,
    bool Approved,
    IReadOnlyList<VisitedArea> AreasVisited,
    Uri? OfficialReport,
    MarkdownBody Body,
    SourceMap Source);
