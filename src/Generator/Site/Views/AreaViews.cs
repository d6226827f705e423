using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>Builds what templates show of an area and of lists of areas.</summary>
public static class AreaViews
{
    public static AreaPageView Page(AreaModel area, IReadOnlyList<ThematicSummaryView> thematicReports, IReadOnlyList<FormerAreaModel>? formerAreas = null)
    {
        var splits = (formerAreas ?? []).Where(f => f.IsSplit && f.Successors.Any(s => s.Area.Slug == area.Area.Slug)).ToList();
        var latestMonitoring = area.MonitoringOfLatestFull.FirstOrDefault();
        var priorityActions = area.LatestFull?.PriorityActions ?? [];
        // Every successor of a split lists the old area's inspections, wherever their pages live, labelled as
        // the old area's (issue 16): before, only the successor holding the files showed them.
        var predecessors = splits
            .SelectMany(s => s.Reports.Where(r => r.Area.Area.Slug != area.Area.Slug).Select(r => (s.Name, r.Area, r.Report)))
            .Select(r => TimelineEntry(DisplayDates.UkDate(r.Report.Published), FormerKindLabel(r.Report, r.Name, area.Area.Name),
                Wording.ReportTitle(r.Report, r.Area.Area), SiteUrls.Report(r.Area.Area.Slug, r.Report.Id), r.Report.Outcome));
        var timeline = area.Reports
            .Select(r => TimelineEntry(DisplayDates.UkDate(r.Published), KindLabel(area.Area, r), Wording.ReportTitle(r, area.Area), SiteUrls.Report(area.Area.Slug, r.Id), r.Outcome))
            .Concat(predecessors)
            .Concat(area.Plans.Select(p => TimelineEntry(p.Published, Wording.KindLabel(p.Kind), p.Title, SiteUrls.Plan(area.Area.Slug, p.Id), null)))
            .OrderByDescending(e => e.DateIso, StringComparer.Ordinal)
            .ToList();
        // Names of the area's own past; a former area with a page of its own here is told of by SplitFrom below.
        var formerNames = area.Area.FormerNames.Where(f => !splits.Any(s => s.Slug == f.Slug)).Select(f => f.Name).ToList();
        var page = new AreaPageView(
            area.Area.Name,
            area.Area.OfficialName,
            area.Area.Code,
            area.Area.Region,
            area.Area.Council,
            area.Area.Icb,
            [.. formerNames.Where(name => !area.SplitFrom.Contains(name))],
            area.CurrentOutcome is { } outcome ? OutcomeView.Of(outcome) : null,
            area.LatestFull is null ? null : ReportViews.Summary(area, area.LatestFull),
            latestMonitoring is null ? [] : [.. latestMonitoring.Findings.OrderBy(f => f.PriorityAction)
                .Select(f => ReportViews.Finding(f, priorityActions.FirstOrDefault(p => p.Number == f.PriorityAction)?.Text ?? ""))],
            latestMonitoring is null ? null : ReportViews.Summary(area, latestMonitoring),
            area.PriorityActionPlan is null ? null : PlanStatusViews.Of(area, area.PriorityActionPlan),
            area.LatestStrategicPlan is null ? null : PlanViews.Summary(area, area.LatestStrategicPlan),
            area.NextInspection?.Sentence,
            timeline,
            thematicReports)
        {
            PartOf = [.. formerNames.Where(area.SplitFrom.Contains)],
            SplitFrom = [.. splits.Select(s => new LinkView(
                s.SplitOn is { } day ? $"Formed on {DisplayDates.Long(day)}, when {s.Name} was split." : $"Formed when {s.Name} was split.",
                SiteUrls.Area(s.Slug)))],
            EarlierInspections = EarlierInspectionViews.Of(area),
            EarlierSearch = SearchTagsView.ForEarlierInspections(area),
            OfstedPageUrl = area.OfstedPage?.AbsoluteUri,
        };
        return page with { Glance = AreaGlance.Of(area, page) };
    }

    public static AreaSummaryView Summary(AreaModel area) => new(
        area.Area.Name,
        SiteUrls.Area(area.Area.Slug),
        area.Area.Region,
        OtherNames(area.Area),
        area.CurrentOutcome is { } outcome ? OutcomeView.Of(outcome) : null,
        area.LatestFull is null ? null : DisplayDates.Long(DisplayDates.UkDate(area.LatestFull.Published)),
        area.PriorityActionPlan is null ? null : PlanStatusViews.Of(area, area.PriorityActionPlan).Label)
    {
        LatestFullHref = area.LatestFull is null ? null : SiteUrls.Report(area.Area.Slug, area.LatestFull.Id),
    };

    public static IReadOnlyList<RegionView> Regions(SiteModel site) =>
        [.. site.Areas
            .GroupBy(a => a.Area.Region)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegionView(g.Key, "region-" + Slugs.From(g.Key),
                [.. g.OrderBy(a => a.Area.Name, StringComparer.Ordinal).Select(Summary)]))];

    public static IReadOnlyList<OutcomeCountView> OutcomeCounts(SiteModel site) =>
        [.. Enum.GetValues<InspectionOutcome>().Select(o => new OutcomeCountView(OutcomeView.Of(o), site.Areas.Count(a => a.CurrentOutcome == o)))];

    public static int NotYetInspected(SiteModel site) => site.Areas.Count(a => a.CurrentOutcome is null);

    private static string KindLabel(Area area, Report report) =>
        report.FormerArea is { } slug && area.FormerNames.FirstOrDefault(f => f.Slug == slug) is { } former
            ? FormerKindLabel(report, former.Name, area.Name)
            : Wording.KindLabel(report.Kind);

    private static string FormerKindLabel(Report report, string formerName, string areaName) =>
        $"{Wording.KindLabel(report.Kind)} of {formerName}, before {areaName} was formed";

    private static TimelineEntryView TimelineEntry(DateOnly date, string kind, string title, string href, InspectionOutcome? outcome) =>
        new(DisplayDates.Long(date), DisplayDates.Iso(date), kind, title, href, outcome is { } o ? OutcomeView.Of(o) : null);

    private static string? OtherNames(Area area)
    {
        var names = area.Aliases.Concat(area.FormerNames.Select(f => f.Name))
            .Prepend(area.OfficialName)
            .OfType<string>()
            .Where(n => !string.Equals(n, area.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
