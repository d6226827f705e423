using System.Text.Json.Nodes;

namespace SendSite.Site.Metadata;

/// <summary>The bodies schema.org objects name: the two inspectorates, and an area's council and ICB.</summary>
public static class Organisations
{
    public const string GovernmentOrganization = "GovernmentOrganization";

    public static JsonObject Ofsted() => Government("Ofsted", "https://www.gov.uk/government/organisations/ofsted");

    public static JsonObject CareQualityCommission() => Government("Care Quality Commission", "https://www.cqc.org.uk/");

    /// <summary>Both inspectorates: area SEND inspections are joint, and so are their reports.</summary>
    public static JsonArray Inspectorates() => [Ofsted(), CareQualityCommission()];

    public static JsonObject Government(string name, string? url = null)
    {
        var organisation = JsonLd.Nested(GovernmentOrganization);
        organisation["name"] = name;
        if (url is not null)
        {
            organisation["url"] = url;
        }
        return organisation;
    }

    /// <summary>Whoever publishes this site (site.yml's publisher), with its contact address.</summary>
    public static JsonObject Publisher(string name, string email)
    {
        var organisation = JsonLd.Nested("Organization");
        organisation["name"] = name;
        organisation["email"] = email;
        return organisation;
    }
}
