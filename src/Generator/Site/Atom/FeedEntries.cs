using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Atom;

/// <summary>
/// The Atom entries of published reports and plans, from the model only. A plan has a date, not an instant,
/// so it is dated 00:00 UTC on that day; a change note moves an entry's updated date, never its published one.
/// </summary>
public static class FeedEntries
{
    public static IReadOnlyList<FeedEntry> Of(BuildContext context, IEnumerable<AreaModel> areas) =>
    [
        .. areas.SelectMany(area =>
                area.Reports.Select(report => OfReport(context, area, report))
                    .Concat(area.Plans.Select(plan => OfPlan(context, area, plan))))
            .OrderByDescending(e => e.Published)
            .ThenBy(e => e.Url, StringComparer.Ordinal),
    ];

    /// <summary>
    /// An area's own feed: its reports and plans, and its inspections under the 2016-2022 framework (each linking
    /// to its part of the area page, which is all the site has of it). Only area feeds carry them: the site feed
    /// is news of reports and plans published here.
    /// </summary>
    public static IReadOnlyList<FeedEntry> WithEarlierInspections(BuildContext context, AreaModel area) =>
    [
        .. Of(context, [area]).Concat(area.EarlierInspections.Select(e => OfEarlier(context, area, e)))
            .OrderByDescending(e => e.Published)
            .ThenBy(e => e.Url, StringComparer.Ordinal),
    ];

    private static FeedEntry OfEarlier(BuildContext context, AreaModel area, EarlierInspectionModel model)
    {
        var inspection = model.Inspection;
        var published = StartOfDayUtc(inspection.Published);
        var revisitPublished = model.Revisit?.Published is { } day ? StartOfDayUtc(day) : published;
        var revisit = EarlierInspectionWording.Revisit(inspection, model.Revisit);
        return new FeedEntry(
            context.CanonicalUrl(SiteUrls.Area(area.Area.Slug)) + "#" + Anchors.EarlierInspection(inspection.Code),
            $"Inspection of {inspection.Name} under the 2016 to 2022 framework",
            published,
            revisitPublished > published ? revisitPublished : published,
            $"Local area SEND inspection of {inspection.Name}{(model.InspectedAsPartOf is null ? "" : $", of which {area.Area.Name} was part")}, published {DisplayDates.Long(inspection.Published)}. "
            + $"Written statement of action: {EarlierInspectionWording.Statement(inspection)}{(revisit is null ? "" : " Revisit: " + revisit)}");
    }

    /// <summary>The entries of chosen reports and plans, e.g. those written about an area that was split.</summary>
    public static IReadOnlyList<FeedEntry> Of(BuildContext context, IEnumerable<(AreaModel Area, Report Report)> reports, IEnumerable<(AreaModel Area, Plan Plan)> plans) =>
    [
        .. reports.Select(x => OfReport(context, x.Area, x.Report))
            .Concat(plans.Select(x => OfPlan(context, x.Area, x.Plan)))
            .OrderByDescending(e => e.Published)
            .ThenBy(e => e.Url, StringComparer.Ordinal),
    ];

    private static FeedEntry OfReport(BuildContext context, AreaModel area, Report report)
    {
        var kind = Wording.KindLabel(report.Kind);
        var inspected = $"{kind} of {Wording.InspectedAreaName(report, area.Area)}.";
        // A monitoring inspection has no outcome; what it found on the priority actions is its news (issue 16).
        var summary = report.Outcome is { } outcome
            ? $"{inspected} Outcome: {OutcomeStatements.ShortLabel(outcome)}."
            : report.Kind == InspectionKind.Monitoring && MonitoringVerdict.Of(report) is { } verdict
                ? $"{inspected} Inspectors found {verdict}."
                : inspected;
        return new FeedEntry(
            context.CanonicalUrl(SiteUrls.Report(area.Area.Slug, report.Id)),
            Wording.ReportTitle(report, area.Area),
            report.Published,
            Updated(report.Published, report.ChangeNotes),
            summary);
    }

    private static FeedEntry OfPlan(BuildContext context, AreaModel area, Plan plan)
    {
        var published = StartOfDayUtc(plan.Published);
        return new FeedEntry(
            context.CanonicalUrl(SiteUrls.Plan(area.Area.Slug, plan.Id)),
            plan.Title,
            published,
            Updated(published, plan.ChangeNotes),
            $"{Wording.KindLabel(plan.Kind)} of {area.Area.Name}.");
    }

    private static DateTimeOffset Updated(DateTimeOffset published, IReadOnlyList<ChangeNote> notes)
    {
        if (notes.Count == 0)
        {
            return published;
        }
        var latest = StartOfDayUtc(notes.Max(n => n.Date));
        return latest > published ? latest : published;
    }

    private static DateTimeOffset StartOfDayUtc(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
