namespace SendSite.Domain.Content;

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

    /// <summary>True for a report written by `import` from Ofsted's management information (source: ofsted-mi).</summary>
    public bool FromOfstedData { get; init; }

    /// <summary>The report's page on Ofsted's website.</summary>
    public Uri? OfficialReport { get; init; }

    /// <summary>The number of areas for priority action when their words are not recorded here.</summary>
    public int? PriorityActionCount { get; init; }

    public IReadOnlyList<TeamMember> Team { get; init; } = [];

    /// <summary>The id of the body heading on alternative provision, if the report marks one.</summary>
    public string? AlternativeProvisionSection { get; init; }

    /// <summary>The id that heading gets on every report, so a link to the section works on any of them.</summary>
    public const string AlternativeProvisionAnchor = "alternative-provision";

    /// <summary>How many areas for priority action the report has: those written out, or else the recorded count.</summary>
    public int PriorityActionTotal => PriorityActions.Count > 0 ? PriorityActions.Count : PriorityActionCount ?? 0;
}
