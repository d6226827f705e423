using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// Turns checked content into the site as published at a given instant: drops what is not approved or still
/// under embargo, then derives each area's facts (latest outcome, monitoring, plan status, next inspection).
/// </summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(ContentSet content, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var today = DisplayDates.UkDate(now);
        var reportsByArea = content.Reports.Where(r => Publication.IsPublished(r, now)).ToLookup(r => r.AreaSlug);
        var plansByArea = PlanReportIds.Canonical(content.Plans.Where(p => Publication.IsPublished(p, now)), content.Reports).ToLookup(p => p.AreaSlug);
        var earlier = content.EarlierInspections
            .Where(e => Publication.IsPublished(e, now))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        var earlierByArea = earlier.SelectMany(e => e.Areas.Select(slug => (slug, e))).ToLookup(x => x.slug, x => x.e, StringComparer.Ordinal);
        var sharedFormerNames = content.Areas.SelectMany(a => a.FormerNames.Select(f => f.Name).Distinct())
            .GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var areas = content.Areas
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(area => BuildArea(area, reportsByArea[area.Slug], plansByArea[area.Slug], today, calendar) with
            {
                SplitFrom = area.FormerNames.Select(f => f.Name).Where(name => sharedFormerNames.Contains(name)).ToHashSet(StringComparer.Ordinal),
                EarlierInspections = [.. earlierByArea[area.Slug].OrderBy(e => e.InspectionStart).Select(e => EarlierModel(e, area, now))],
                OfstedPage = earlierByArea[area.Slug].FirstOrDefault(e => e.Code == area.Code)?.OfstedPage,
            })
            .ToList();
        var pages = content.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
        var thematic = content.ThematicReports
            .Where(t => Publication.IsPublished(t, now))
            .OrderByDescending(t => t.Published)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteModel(content.Settings, now, areas, pages)
        {
            FormerAreas = FormerAreas(areas),
            ThematicReports = thematic,
            EarlierInspections = [.. earlier.Select(e => EarlierModel(e, null, now))],
        };
    }

    /// <summary>
    /// An earlier inspection as <paramref name="area"/> shows it ("inspected as part of" when another area, such as
    /// an abolished county, was inspected), with the revisit's finding only once its letter is published.
    /// </summary>
    private static EarlierInspectionModel EarlierModel(EarlierInspection inspection, Area? area, DateTimeOffset now)
    {
        var partOf = area is not null && inspection.Code != area.Code && inspection.Name != area.Name ? inspection.Name : null;
        var revisit = inspection.Revisit is { } r && !Publication.IsPublished(r, now)
            ? r with { Published = null, Progress = null, WeaknessesWithProgress = null, WeaknessesWithoutProgress = null }
            : inspection.Revisit;
        return new EarlierInspectionModel(inspection, partOf, revisit);
    }

    private static List<FormerAreaModel> FormerAreas(IReadOnlyList<AreaModel> areas) =>
    [
        .. areas
            .SelectMany(area => area.Area.FormerNames.Where(f => f.Slug is not null).Select(former => (Area: area, Former: former)))
            .GroupBy(l => l.Former.Slug!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var successors = g.Select(l => l.Area).DistinctBy(a => a.Area.Slug).OrderBy(a => a.Area.Name, StringComparer.Ordinal).ToList();
                var first = g.First().Former;
                return new FormerAreaModel(
                    g.Key,
                    first.Name,
                    first.Until,
                    successors,
                    [.. successors.SelectMany(a => a.Reports.Where(r => r.FormerArea == g.Key).Select(r => (a, r)))
                        .OrderByDescending(x => x.r.Published).ThenBy(x => x.r.Id, StringComparer.Ordinal)],
                    [.. successors.SelectMany(a => a.Plans.Where(p => p.FormerArea == g.Key).Select(p => (a, p)))
                        .OrderByDescending(x => x.p.Published).ThenBy(x => x.p.Id, StringComparer.Ordinal)]);
            }),
    ];

    private static AreaModel BuildArea(Area area, IEnumerable<Report> published, IEnumerable<Plan> publishedPlans, DateOnly today, WorkingDayCalendar calendar)
    {
        var reports = published.OrderByDescending(r => r.Published).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToList();
        var plans = publishedPlans.OrderByDescending(p => p.Published).ThenByDescending(p => p.Id, StringComparer.Ordinal).ToList();
        // A report or plan of a replaced area (former_area) is history: never this area's current outcome or plan.
        var latestFull = reports.FirstOrDefault(r => r.Kind == InspectionKind.Full && r.FormerArea is null);
        var monitoring = latestFull is null
            ? []
            : reports.Where(r => r.Kind == InspectionKind.Monitoring && r.Follows == latestFull.Id).ToList();
        var strategicPlan = plans.FirstOrDefault(p => p.Kind == PlanKind.StrategicPlan && p.FormerArea is null);

        PlanRequirement? requirement = null;
        NextInspectionGuidance? next = null;
        if (latestFull?.Outcome is { } outcome)
        {
            var reportDay = DisplayDates.UkDate(latestFull.Published);
            next = NextInspectionGuidance.For(outcome, reportDay, monitoring.Count > 0);
            if (outcome == InspectionOutcome.WidespreadFailings
                && PriorityActionPlanDeadlines.TryFrom(reportDay, calendar, out var deadlines))
            {
                var plan = plans.Where(p => p.Kind == PlanKind.PriorityActionPlan && p.RespondsTo == latestFull.Id)
                    .OrderBy(p => p.Published)
                    .FirstOrDefault();
                requirement = new PlanRequirement(latestFull, deadlines.SubmitBy, deadlines.PublishBy, plan, PlanStatus.For(deadlines, plan?.Published, today));
            }
        }
        return new AreaModel(area, reports, plans, latestFull, monitoring, strategicPlan, requirement, next);
    }
}
