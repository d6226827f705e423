using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>
/// Citations in one house style, for journalists and researchers: who wrote it, the year, the title, the
/// area, the dates, the permanent address and the access date. Reports are the inspectorates' (Ofsted and
/// CQC); plans are the local area partnership's.
/// </summary>
public static class Citations
{
    public const string Inspectorates = "Ofsted and Care Quality Commission (CQC)";

    public static CitationView Of(AreaModel area, Report report, string canonicalUrl)
    {
        var published = DisplayDates.UkDate(report.Published);
        var areaName = Wording.InspectedAreaName(report, area.Area);
        var inspected = report.InspectionEnd is { } end && end != report.InspectionStart
            ? $"{DisplayDates.Long(report.InspectionStart)} to {DisplayDates.Long(end)}"
            : DisplayDates.Long(report.InspectionStart);
        return new CitationView(
            $"{Inspectorates} ({published.Year}). {Wording.ReportTitle(report, area.Area)}. {Wording.KindLabel(report.Kind)} of {areaName}, "
            + $"inspected {inspected}, published {DisplayDates.Long(published)}. Available at: {canonicalUrl} (accessed ",
            canonicalUrl);
    }

    public static CitationView Of(AreaModel area, Plan plan, string canonicalUrl)
    {
        var authors = plan.FormerArea is null
            ? $"{area.Area.Council} and {area.Area.Icb}"
            : $"{area.Area.FormerNames.FirstOrDefault(f => f.Slug == plan.FormerArea)?.Name ?? area.Area.Name} local area partnership";
        var updated = PlanViews.LastUpdated(plan) is { } day ? $", last updated {DisplayDates.Long(day)}" : "";
        return new CitationView(
            $"{authors} ({plan.Published.Year}). {plan.Title}. {Wording.KindLabel(plan.Kind)}, published {DisplayDates.Long(plan.Published)}{updated}. "
            + $"Available at: {canonicalUrl} (accessed ",
            canonicalUrl);
    }
}
