namespace SendSite.Content;

/// <summary>
/// An inspection report from input/reports/&lt;area&gt;/&lt;id&gt;.md. <see cref="Id"/> is the file name without
/// .md (start date and kind), unique within its area and part of its permanent URL.
/// </summary>
public sealed record Report(
    string Id,
    string AreaSlug,
    InspectionKind Kind,
    string? Title,
    DateOnly InspectionStart,
    DateOnly? InspectionEnd,
    DateTimeOffset Published,
    bool Approved,
    InspectionOutcome? Outcome,
    string? Follows,
    IReadOnlyList<string> AreasForImprovement,
    IReadOnlyList<PriorityAction> PriorityActions,
    IReadOnlyList<MonitoringFinding> Findings,
    Uri? Pdf,
    IReadOnlyList<ChangeNote> ChangeNotes,
    MarkdownBody Body,
    SourceMap Source)
{
    /// <summary>
    /// The former slug of the area this report was about, when it inspected an area that has since been merged
    /// or split (see former_names in areas.yml). Such a report keeps its old address through a redirect and never
    /// counts as the current area's outcome: Ofsted and CQC do not carry a predecessor's outcome over.
    /// </summary>
    public string? FormerArea { get; init; }
}
