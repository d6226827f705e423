using SendSite.Engine;
using SendSite.Pipelines;

namespace SendSite.Building;

/// <summary>Every pipeline of the site. Order does not matter: the runner orders them by their dependencies.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<IPipeline> All() =>
    [
        new HomePage(),
        new AreaIndex(),
        new AreaFinderData(),
        new AreaPages(),
        new ReportPages(),
        new PlanPages(),
        new ContentPages(),
        new Outcomes(),
        new NotFound(),
        new Redirects(),
        new SplitAreaPages(),
        new FormerAreaFeeds(),
        new Assets(),
        new Sitemap(),
        new Feeds(),
        new OpenData(),
        new SiteMapPage(),
        new SearchPage(),
        new ThematicReports(),
    ];
}
