using SendSite.Diagnostics;

namespace SendSite.Domain.Content;

/// <summary>A local area's plan from input/plans/&lt;area&gt;/&lt;id&gt;.md, responding to one of its reports.</summary>
public sealed record Plan(
    string Id,
    string AreaSlug,
    PlanKind Kind,
    string Title,
    string? Summary,
    string RespondsTo,
    DateOnly? Submitted,
    DateOnly Published,
    bool Approved,
    IReadOnlyList<ChangeNote> ChangeNotes,
    MarkdownBody Body,
    SourceMap Source)
{
    /// <summary>The former slug of the area that published this plan, as for <see cref="Report.FormerArea"/>.</summary>
    public string? FormerArea { get; init; }

    /// <summary>
    /// Where the body still has `new plan`'s "TO DO:" marker, found while the file was loaded (the body's text
    /// is not kept), for <c>Validation/PlaceholderRules</c>.
    /// </summary>
    public IReadOnlyList<SourceLocation> BodyPlaceholders { get; init; } = [];
}
