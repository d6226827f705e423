namespace SendSite.Site.Views;

/// <summary>The model of thematic.liquid.</summary>
public sealed record ThematicPageView(
    string Title,
    string Topic,
    string? Summary,
    string PublishedText,
    string PublishedIso,
    string? OfficialReportUrl,
    IReadOnlyList<LinkView> AreasVisited,
    IReadOnlyList<ContentsItemView> Contents,
    string BodyHtml);
