using SendSite.Engine;
using SendSite.Site.Pipelines;
using SendSite.Site.Session;

namespace SendSite.Site.Building;

/// <summary>Every pipeline of the site. Order does not matter: the runner orders them by their dependencies.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<IPipeline<BuildContext>> All() =>
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
        new PlansDue(),
        new SiteMapPage(),
        new SearchPage(),
        new ThematicReports(),
    ];
}
