namespace SendSite.Site.Views;

/// <summary>An area as a line in a list: its name, where it is, and its current outcome if inspected.</summary>
public sealed record AreaSummaryView(
    string Name,
    string Href,
    string Region,
    string? OtherNames,
    OutcomeView? Outcome,
    string? LatestInspectionText,
    string? PlanStatusText)
{
    /// <summary>The page of the full inspection whose outcome is the area's current one, if any.</summary>
    public string? LatestFullHref { get; init; }

    /// <summary>The id of the area's line in the A to Z, where a run of areas on the home page starts.</summary>
    public string? Anchor { get; init; }
}
