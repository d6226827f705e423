using System.Text.Json.Nodes;
using SendSite.Domain.Content;

namespace SendSite.Site.Metadata;

/// <summary>A local area as a schema.org place: the upper-tier local authority's area, by its ONS code.</summary>
public static class Places
{
    public static JsonObject Of(Area area)
    {
        var place = JsonLd.Nested("AdministrativeArea");
        place["name"] = area.Name;
        place["identifier"] = area.Code;
        var region = JsonLd.Nested("AdministrativeArea");
        region["name"] = area.Region;
        place["containedInPlace"] = region;
        return place;
    }
}
