namespace SendSite.Site.Views;

/// <summary>A national thematic report in a list: on the thematic index and on the pages of the areas it visited.</summary>
public sealed record ThematicSummaryView(string Title, string Href, string Topic, string? Summary, string PublishedText, string PublishedIso, int AreasVisitedCount);
