using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>The rows of the open data: every published report, ordered by area name, then start date, then id.</summary>
public static class InspectionRows
{
    public const string FullInspection = "full-inspection";
    public const string MonitoringInspection = "monitoring-inspection";

    public static IReadOnlyList<InspectionRow> Of(BuildContext context) =>
    [
        .. context.Site.Reports
            .OrderBy(r => r.Area.Area.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Report.InspectionStart)
            .ThenBy(r => r.Report.Id, StringComparer.Ordinal)
            .Select(r => Row(context, r.Area, r.Report)),
    ];

    private static InspectionRow Row(BuildContext context, AreaModel area, Report report)
    {
        var requirement = area.PriorityActionPlan;
        var planStatus = requirement is not null && requirement.Report.Id == report.Id
            ? PlanStatusViews.Of(area, requirement).Label
            : "";
        // A report about an area since merged or split belongs, in data, to that area: its name and its own code.
        var former = report.FormerArea is { } slug ? area.Area.FormerNames.FirstOrDefault(f => f.Slug == slug) : null;
        return new InspectionRow(
            former is null ? area.Area.Code : former.Code ?? "",
            Wording.InspectedAreaName(report, area.Area),
            area.Area.Region,
            report.Kind == InspectionKind.Full ? FullInspection : MonitoringInspection,
            DisplayDates.Iso(report.InspectionStart),
            DisplayDates.Iso(DisplayDates.UkDate(report.Published)),
            report.Outcome is { } outcome ? OutcomeStatements.ShortLabel(outcome) : "",
            report.PriorityActionTotal,
            planStatus,
            TeamWording.Summary(report.Team),
            context.CanonicalUrl(SiteUrls.Report(area.Area.Slug, report.Id)));
    }
}
