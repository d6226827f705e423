using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Search;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The HTML site map at /sitemap/: every public page, grouped (areas by region with their reports and plans,
/// national thematic reports, content pages, open data, the site's feed). Each area's own feed is linked from its page rather than here:
/// a link per area would double the page's Tab stops for files that are not pages. Built from the published model only, like every other page, so nothing
/// embargoed or draft can appear; a test checks it lists every address of sitemap.xml.
/// </summary>
public sealed class SiteMapPage : IPipeline<BuildContext>
{
    public const string TemplateName = "sitemap";

    public string Name => nameof(SiteMapPage);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [PageWriter.Deferred(SiteUrls.SiteMap, () => Html(context))];

    private static string Html(BuildContext context)
    {
        var site = context.Site;
        var regions = site.Areas
            .GroupBy(a => a.Area.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SiteMapRegionView(g.Key, "region-" + Slugs.From(g.Key),
            [
                .. g.OrderBy(a => a.Area.Name, StringComparer.Ordinal).Select(area => new SiteMapAreaView(
                    new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug)),
                    [.. area.Reports.Select(r => new LinkView(ReportPages.HeadTitle(r), SiteUrls.Report(area.Area.Slug, r.Id)))],
                    [.. area.Plans.Select(p => new LinkView(p.Title, SiteUrls.Plan(area.Area.Slug, p.Id)))])),
            ]))
            .ToList();
        var view = new SiteMapPageView(
            [
                new LinkView("Home", SiteUrls.Home),
                new LinkView("Find an area", SiteUrls.Areas),
                new LinkView("Outcomes of every area", SiteUrls.Outcomes),
                new LinkView("National thematic reports", SiteUrls.Thematic),
                new LinkView("Search reports and plans", SearchIndexLayout.PageUrl),
            ],
            regions,
            [.. site.ThematicReports.Select(t => new LinkView(t.Title, SiteUrls.ThematicReport(t.Id)))],
            [.. site.Pages.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new LinkView(p.Title, SiteUrls.Page(p.Slug)))],
            [
                new LinkView("Open data: area SEND inspections", SiteUrls.Data),
                new LinkView("inspections.csv (CSV)", SiteUrls.DataFile(OpenData.FileStem + ".csv")),
                new LinkView("inspections.json (JSON)", SiteUrls.DataFile(OpenData.FileStem + ".json")),
            ],
            [new LinkView("All reports and plans (Atom feed)", SiteUrls.SiteFeed)]);
        var page = PageWriter.Frame(context, SiteViews.SiteMapTitle, TemplateName, SiteUrls.SiteMap, "",
            "Every page of this site: areas by region with their reports and plans, guidance, open data and feeds.",
            new LinkView("Home", SiteUrls.Home));
        return PageWriter.Html(context, TemplateName, page, view);
    }
}
