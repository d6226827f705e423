using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;

namespace SendSite.Site.DataFiles;

/// <summary>The rows of the 2016-2022 open data: every published earlier inspection, by the code of the area inspected.</summary>
public static class EarlierInspectionRows
{
    public static IReadOnlyList<EarlierInspectionRow> Of(SiteModel site)
    {
        var codes = site.Areas.ToDictionary(a => a.Area.Slug, a => a.Area.Code, StringComparer.Ordinal);
        return [.. site.EarlierInspections.Select(model =>
        {
            var inspection = model.Inspection;
            var revisit = model.Revisit;
            return new EarlierInspectionRow(
                inspection.Code,
                inspection.Name,
                string.Join("; ", inspection.Areas.Select(slug => codes.GetValueOrDefault(slug, slug))),
                DisplayDates.Iso(inspection.InspectionStart),
                DisplayDates.Iso(inspection.Published),
                inspection.WrittenStatementRequired,
                inspection.SignificantWeaknesses,
                revisit is null ? "" : DisplayDates.Iso(revisit.Start),
                revisit?.Published is { } published ? DisplayDates.Iso(published) : "",
                revisit?.Progress is { } progress ? RevisitProgressValues.Value(progress) : "",
                revisit?.WeaknessesWithProgress,
                revisit?.WeaknessesWithoutProgress,
                inspection.OfstedPage?.AbsoluteUri ?? "");
        })];
    }
}
