namespace SendSite.Site.Views;

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
    IReadOnlyList<ChangeNoteView> ChangeNotes)
{
    /// <summary>The date of the newest change note, when the plan has changed since it was first published.</summary>
    public string? LastUpdatedText { get; init; }

    public string? LastUpdatedIso { get; init; }

    /// <summary>Set when the plan was published by an area that has since been merged or split.</summary>
    public LinkView? FormerArea { get; init; }

    /// <summary>How to cite the plan; set by the pipeline, which knows the site's base URL.</summary>
    public CitationView? Citation { get; init; }
}
