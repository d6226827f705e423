namespace SendSite.Site.Views;

/// <summary>A plan as a line in a list.</summary>
public sealed record PlanSummaryView(string Title, string Href, string KindLabel, string PublishedText, string PublishedIso);
