using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>
/// What the search index records about a report or plan page, beside its words: the filters a parent can
/// narrow results by (area, region, document type and, for full inspections, the outcome's short label) and
/// what a result shows (area, type, publication date). Only report and plan pages have one; the layout puts it
/// on &lt;main&gt; as data-pagefind-* attributes, and pages without one are not indexed.
/// </summary>
public sealed record SearchTagsView(string Area, string Region, string DocumentType, string? Outcome, string PublishedIso, string PublishedText)
{
    public static SearchTagsView ForReport(AreaModel area, Report report)
    {
        var published = DisplayDates.UkDate(report.Published);
        return new(area.Area.Name, area.Area.Region, Wording.KindLabel(report.Kind),
            report.Outcome is { } outcome ? OutcomeStatements.ShortLabel(outcome) : null,
            DisplayDates.Iso(published), DisplayDates.Long(published));
    }

    public static SearchTagsView ForPlan(AreaModel area, Plan plan) =>
        new(area.Area.Name, area.Area.Region, Wording.KindLabel(plan.Kind), null,
            DisplayDates.Iso(plan.Published), DisplayDates.Long(plan.Published));
}
