using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Metadata;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>The home page: how to find your area, the latest reports, and outcomes so far.</summary>
public sealed class HomePage : IPipeline<BuildContext>
{
    private const int LatestReportCount = 6;

    public string Name => nameof(HomePage);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [PageWriter.Deferred(SiteUrls.Home, () => Html(context))];

    private static string Html(BuildContext context)
    {
        var site = context.Site;
        var latest = site.Reports
            .OrderByDescending(r => r.Report.Published)
            .ThenBy(r => r.Area.Area.Slug, StringComparer.Ordinal)
            .Take(LatestReportCount)
            .Select(r => ReportViews.Summary(r.Area, r.Report))
            .ToList();
        var view = new HomePageView(AreaViews.Regions(site), latest, AreaViews.OutcomeCounts(site), site.Areas.Count, AreaViews.NotYetInspected(site))
        {
            LetterRuns = AlphabetViews.Runs(AlphabetViews.Letters(site)),
        };
        var page = PageWriter.Frame(context, "Find your area's SEND inspection", "home", SiteUrls.Home, "home",
            "What inspectors found about support for children and young people with SEND in each local area, and what each area promised to do.");
        return PageWriter.Html(context, "home", page, view, WebSiteSchema.Of(site.Settings));
    }
}
