namespace SendSite.Site.Views;

/// <summary>A report as a line in a list: what it is, whose, when, and its outcome if it has one.</summary>
public sealed record ReportSummaryView(
    string Title,
    string Href,
    string AreaName,
    string AreaHref,
    string KindLabel,
    string PublishedText,
    string PublishedIso,
    OutcomeView? Outcome);
