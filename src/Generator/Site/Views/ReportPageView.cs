namespace SendSite.Site.Views;

/// <summary>The model of report.liquid.</summary>
public sealed record ReportPageView(
    string Title,
    string AreaName,
    string AreaHref,
    string KindLabel,
    bool IsMonitoring,
    string InspectionDates,
    string PublishedText,
    string PublishedIso,
    string? LastUpdatedText,
    string Council,
    string Icb,
    OutcomeView? Outcome,
    ReportSummaryView? FollowsReport,
    ReportSummaryView? LatestReport,
    IReadOnlyList<ContentsItemView> Contents,
    IReadOnlyList<PriorityActionView> PriorityActions,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<NumberedTextView> AreasForImprovement,
    IReadOnlyList<PlanSummaryView> Plans,
    string BodyHtml,
    string? PdfUrl,
    IReadOnlyList<ChangeNoteView> ChangeNotes,
    bool FromOfstedData,
    string? OfficialReportUrl,
    int? PriorityActionCountOnly,
    IReadOnlyList<TeamMemberView> Team,
    bool HasAlternativeProvisionSection)
{
    /// <summary>Set when the report inspected an area that has since been merged or split.</summary>
    public LinkView? FormerArea { get; init; }

    /// <summary>For a full inspection: every later full and monitoring inspection of the same area, oldest first.</summary>
    public IReadOnlyList<LaterInspectionView> Since { get; init; } = [];

    /// <summary>The inspectors without a name in one sentence (they get no row of their own), or null.</summary>
    public string? TeamUnnamedText { get; init; }

    /// <summary>How to cite the report; set by the pipeline, which knows the site's base URL.</summary>
    public CitationView? Citation { get; init; }

    /// <summary>The area's page on Ofsted's website, for a report from Ofsted's data whose own address was lost.</summary>
    public string? AreaOfstedPageUrl { get; init; }
}
