namespace SendSite.Site.Views;

/// <summary>
/// The top of an area page, what a parent on a phone needs before anything else (issue 16): the monitoring
/// finding in one line, whether a strategic plan was published since the latest full inspection, what happens
/// next, and the list of the page's sections. The outcome itself comes from <see cref="AreaPageView.Outcome"/>.
/// </summary>
public sealed record AreaGlanceView(
    string? MonitoringText,
    string? PriorityActionPlanText,
    string StrategicPlanText,
    string NextText,
    IReadOnlyList<LinkView> OnThisPage);
