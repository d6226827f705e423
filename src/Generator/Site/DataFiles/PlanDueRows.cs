using SendSite.Domain.Calendar;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The priority action plans owed and not yet published at the build's --now, from the model's deadlines
/// (<see cref="PlanStatus"/>), soonest deadline first, then by area name: the order a journalist checks them in.
/// </summary>
public static class PlanDueRows
{
    public static IReadOnlyList<PlanDueRow> Of(BuildContext context) =>
    [
        .. context.Site.Areas
            .Where(area => area.PriorityActionPlan?.Status.Kind is PlanStatusKind.Due or PlanStatusKind.Overdue)
            .Select(area =>
            {
                var requirement = area.PriorityActionPlan!;
                var status = requirement.Status;
                return new PlanDueRow(
                    area.Area.Code,
                    area.Area.Name,
                    area.Area.Region,
                    status.Kind == PlanStatusKind.Due ? PlanDueColumns.Due : PlanDueColumns.Overdue,
                    DisplayDates.Iso(DisplayDates.UkDate(requirement.Report.Published)),
                    DisplayDates.Iso(requirement.SubmitBy),
                    DisplayDates.Iso(requirement.PublishBy),
                    status.DaysLeft,
                    context.CanonicalUrl(SiteUrls.Area(area.Area.Slug)),
                    context.CanonicalUrl(SiteUrls.Report(area.Area.Slug, requirement.Report.Id)));
            })
            .OrderBy(row => row.PublishBy, StringComparer.Ordinal)
            .ThenBy(row => row.AreaName, StringComparer.Ordinal),
    ];
}
