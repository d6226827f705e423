using SendSite.Domain.Calendar;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;

namespace SendSite.Site.Atom;

/// <summary>
/// The Atom entries of the plans-due feed: one per area that owes a priority action plan not yet published,
/// linking to the area page's "Priority action plan" section. The entry keeps its id when the plan turns from
/// due to overdue and its updated date moves to the first overdue day, so feed readers show it again then.
/// Dates come from the report and the deadlines, never the clock, so a rebuild with nothing changed is the same.
/// </summary>
public static class PlanDueEntries
{
    /// <summary>The area page's section that shows the plan's deadlines (area.liquid).</summary>
    public const string AreaSection = "priority-action-plan";

    public static IReadOnlyList<FeedEntry> Of(BuildContext context) =>
    [
        .. context.Site.Areas
            .Where(area => area.PriorityActionPlan?.Status.Kind is PlanStatusKind.Due or PlanStatusKind.Overdue)
            .Select(area => Entry(context, area, area.PriorityActionPlan!))
            .OrderByDescending(entry => entry.Updated)
            .ThenBy(entry => entry.Url, StringComparer.Ordinal),
    ];

    private static FeedEntry Entry(BuildContext context, AreaModel area, PlanRequirement requirement)
    {
        var status = requirement.Status;
        var overdue = status.OverdueSince is { } since ? StartOfDayUtc(since) : (DateTimeOffset?)null;
        var title = overdue is null
            ? $"{area.Area.Name}: priority action plan due by {DisplayDates.Long(status.DueBy)}"
            : $"{area.Area.Name}: priority action plan overdue (due by {DisplayDates.Long(status.DueBy)})";
        var summary = $"After the full inspection report published on {DisplayDates.Long(DisplayDates.UkDate(requirement.Report.Published))}, "
            + $"the council and the NHS must send a priority action plan to Ofsted and CQC by {DisplayDates.Long(requirement.SubmitBy)} "
            + $"and publish it by {DisplayDates.Long(requirement.PublishBy)}. "
            + (overdue is null ? "It has not been published on this site yet." : "It has not been published on this site, and the deadline has passed.");
        return new FeedEntry(
            context.CanonicalUrl(SiteUrls.Area(area.Area.Slug)) + "#" + AreaSection,
            title,
            requirement.Report.Published,
            overdue ?? requirement.Report.Published,
            summary);
    }

    private static DateTimeOffset StartOfDayUtc(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
