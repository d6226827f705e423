using System.Text.Json.Nodes;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Site.Views;

namespace SendSite.Site.Metadata;

/// <summary>
/// A local area's plan as a schema.org CreativeWork written by the partnership: the council and the ICB,
/// who are jointly responsible. It responds to an inspection report (isBasedOn).
/// </summary>
public static class PlanSchema
{
    public static JsonObject Of(Plan plan, Area area, string absoluteUrl, string? reportAbsoluteUrl, string language)
    {
        var thing = JsonLd.Thing("CreativeWork");
        thing["headline"] = plan.Title;
        thing["name"] = plan.Title;
        thing["url"] = absoluteUrl;
        thing["inLanguage"] = language;
        thing["genre"] = Wording.KindLabel(plan.Kind);
        thing["datePublished"] = DisplayDates.Iso(plan.Published);
        thing["dateModified"] = DisplayDates.Iso(plan.ChangeNotes.Count == 0 ? plan.Published : plan.ChangeNotes.Max(n => n.Date));
        thing["about"] = Places.Of(area);
        thing["author"] = new JsonArray(Organisations.Government(area.Council), Organisations.Government(area.Icb));
        if (reportAbsoluteUrl is not null)
        {
            thing["isBasedOn"] = reportAbsoluteUrl;
        }
        return thing;
    }
}
