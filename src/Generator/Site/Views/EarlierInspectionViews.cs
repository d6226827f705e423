using SendSite.Domain.Calendar;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>Builds the views of an area's 2016-2022 inspections.</summary>
public static class EarlierInspectionViews
{
    public static IReadOnlyList<EarlierInspectionView> Of(AreaModel area) =>
        [.. area.EarlierInspections.Select(e => View(area, e))];

    private static EarlierInspectionView View(AreaModel area, EarlierInspectionModel model)
    {
        var inspection = model.Inspection;
        var revisit = model.Revisit;
        string? revisitDates = revisit is null
            ? null
            : revisit.Published is { } published
                ? $"Started {DisplayDates.Long(revisit.Start)}, published {DisplayDates.Long(published)}"
                : $"Started {DisplayDates.Long(revisit.Start)}";
        return new EarlierInspectionView(
            Anchors.EarlierInspection(inspection.Code),
            inspection.Name,
            $"Inspection of {inspection.Name}, {inspection.InspectionStart.Year}",
            model.InspectedAsPartOf is { } partOf
                ? $"{area.Area.Name} was inspected as part of {partOf}, which no longer exists. This was {partOf}'s inspection, not {area.Area.Name}'s own."
                : null,
            DisplayDates.Long(inspection.InspectionStart),
            DisplayDates.Iso(inspection.InspectionStart),
            DisplayDates.Long(inspection.Published),
            DisplayDates.Iso(inspection.Published),
            EarlierInspectionWording.Statement(inspection),
            revisitDates,
            EarlierInspectionWording.Revisit(inspection, revisit),
            inspection.OfstedPage?.AbsoluteUri);
    }
}
