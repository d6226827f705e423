namespace SendSite.Views;

/// <summary>The model of plan.liquid.</summary>
public sealed record PlanPageView(
    string Title,
    string AreaName,
    string AreaHref,
    string KindLabel,
    string? Summary,
    string PublishedText,
    string PublishedIso,
    string? SubmittedText,
    ReportSummaryView? RespondsTo,
    IReadOnlyList<ContentsItemView> Contents,
    string BodyHtml,
    IReadOnlyList<ChangeNoteView> ChangeNotes);
