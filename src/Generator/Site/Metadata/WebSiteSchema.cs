using System.Text.Json.Nodes;
using SendSite.Domain.Content;

namespace SendSite.Site.Metadata;

/// <summary>The home page's schema.org WebSite: the site's name, address, language and publisher.</summary>
public static class WebSiteSchema
{
    public static JsonObject Of(SiteSettings settings)
    {
        var site = JsonLd.Thing("WebSite");
        site["name"] = settings.Title;
        site["url"] = settings.BaseUrl.AbsoluteUri;
        site["inLanguage"] = settings.Language;
        site["publisher"] = Organisations.Publisher(settings.Publisher, settings.ContactEmail);
        return site;
    }
}
