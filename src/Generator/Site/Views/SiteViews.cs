using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>Builds the site-wide part of every page from the model. The footer always ends with the open data and the site map.</summary>
public static class SiteViews
{
    public static SiteView Of(SiteModel site) => new(
        site.Settings.Title,
        site.Settings.Publisher,
        site.Settings.ContactEmail,
        site.Settings.Language,
        site.Settings.SampleData,
        site.Settings.SampleNotice,
        [.. site.Pages.Where(p => p.InFooter)
            .OrderBy(p => p.Order)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .Select(p => new LinkView(p.Title, SiteUrls.Page(p.Slug))),
            new LinkView("Open data", SiteUrls.Data),
            new LinkView(SiteMapTitle, SiteUrls.SiteMap)])
    {
        ImageSources = string.Concat(site.Settings.ImageHosts.Select(host => " https://" + host)),
    };

    public const string SiteMapTitle = "Site map";
}
