using SendSite.Domain.Calendar;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>The outcomes page's table of 2016-2022 inspections, from the same model and words as the area pages.</summary>
public static class EarlierOutcomeRows
{
    public static IReadOnlyList<EarlierOutcomeRowView> Of(SiteModel site)
    {
        var names = site.Areas.ToDictionary(a => a.Area.Slug, a => a.Area.Name, StringComparer.Ordinal);
        return [.. site.EarlierInspections
            .OrderBy(e => e.Inspection.Name, StringComparer.Ordinal)
            .Select(e => new EarlierOutcomeRowView(
                e.Inspection.Name,
                [.. e.Inspection.Areas.Where(names.ContainsKey).Select(slug => new LinkView(names[slug], SiteUrls.Area(slug)))],
                DisplayDates.Long(e.Inspection.Published),
                DisplayDates.Iso(e.Inspection.Published),
                EarlierInspectionWording.Statement(e.Inspection),
                EarlierInspectionWording.Revisit(e.Inspection, e.Revisit) ?? "No revisit: none was needed."))];
    }
}
