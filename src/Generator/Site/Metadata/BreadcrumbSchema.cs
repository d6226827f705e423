using System.Text.Json.Nodes;

namespace SendSite.Site.Metadata;

/// <summary>
/// A schema.org BreadcrumbList of the trail a page shows, ending with the page itself.
/// Every item names an absolute address, as search engines require.
/// </summary>
public static class BreadcrumbSchema
{
    public static JsonObject Of(IReadOnlyList<(string Name, string AbsoluteUrl)> trail)
    {
        var items = new JsonArray();
        for (var index = 0; index < trail.Count; index++)
        {
            var item = JsonLd.Nested("ListItem");
            item["position"] = index + 1;
            item["name"] = trail[index].Name;
            item["item"] = trail[index].AbsoluteUrl;
            items.Add(item);
        }
        var list = JsonLd.Thing("BreadcrumbList");
        list["itemListElement"] = items;
        return list;
    }
}
