using System.Text.Json.Nodes;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Site.Views;

namespace SendSite.Site.Metadata;

/// <summary>
/// An inspection report as a schema.org Report: written and published by Ofsted and CQC, about the local area.
/// dateModified is the newest change note's day, or the publication when there is none.
/// </summary>
public static class ReportSchema
{
    public static JsonObject Of(Report report, Area area, string absoluteUrl, string language)
    {
        var thing = JsonLd.Thing("Report");
        thing["headline"] = Wording.ReportTitle(report, area);
        thing["name"] = Wording.ReportTitle(report, area);
        thing["url"] = absoluteUrl;
        thing["inLanguage"] = language;
        thing["genre"] = Wording.KindLabel(report.Kind);
        thing["datePublished"] = DisplayDates.Iso(DisplayDates.UkDate(report.Published));
        thing["dateModified"] = DisplayDates.Iso(report.ChangeNotes.Count == 0
            ? DisplayDates.UkDate(report.Published)
            : report.ChangeNotes.Max(n => n.Date));
        thing["about"] = Places.Of(area);
        thing["spatialCoverage"] = Places.Of(area);
        thing["author"] = Organisations.Inspectorates();
        thing["publisher"] = Organisations.Inspectorates();
        return thing;
    }
}
