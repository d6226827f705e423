using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Keeps old addresses working after an area is renamed, merged or split. A former slug with one successor
/// (a rename, or one of the areas merged into it) redirects its area page, its feed and every report and plan
/// page the successor holds, as before. A split former slug has no single target: its area page is a split
/// page (<see cref="SplitAreaPages"/>) and only the reports and plans written about it (former_area) redirect,
/// to wherever they now live. Each redirect is a page (meta refresh plus canonical link), and _redirects lists
/// them for hosts that support real redirects.
/// </summary>
public sealed class Redirects : IPipeline<BuildContext>
{
    public string Name => nameof(Redirects);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var moves = context.Site.FormerAreas.SelectMany(Moves).ToList();
        var documents = moves.Where(m => m.From.EndsWith('/')).Select(move => Document.Deferred(SiteUrls.FileFor(move.From), () =>
        {
            var view = new RedirectPageView("This page has moved", move.To, context.CanonicalUrl(move.To));
            var variables = new Dictionary<string, object?> { ["site"] = context.SiteView, ["model"] = view };
            return context.Templates.Render("redirect", variables, move.From);
        })).ToList();
        var basePath = context.Site.Settings.BaseUrl.AbsolutePath.TrimEnd('/');
        var map = string.Concat(moves.OrderBy(m => m.From, StringComparer.Ordinal).Select(m => $"{basePath}{m.From} {basePath}{m.To} 301\n"));
        documents.Add(Document.FromText("_redirects", map));
        return documents;
    }

    private static IEnumerable<(string From, string To)> Moves(FormerAreaModel former)
    {
        var moves = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!former.IsSplit)
        {
            var successor = former.Successors[0];
            moves[SiteUrls.Area(former.Slug)] = SiteUrls.Area(successor.Area.Slug);
            // The feed is XML, so no redirect page can stand in for it; FormerAreaFeeds writes one there, and
            // hosts that read _redirects send readers on.
            moves[SiteUrls.AreaFeed(former.Slug)] = SiteUrls.AreaFeed(successor.Area.Slug);
            foreach (var report in successor.Reports.Where(r => r.FormerArea is null))
            {
                moves[SiteUrls.Report(former.Slug, report.Id)] = SiteUrls.Report(successor.Area.Slug, report.Id);
            }
            foreach (var plan in successor.Plans.Where(p => p.FormerArea is null))
            {
                moves[SiteUrls.Plan(former.Slug, plan.Id)] = SiteUrls.Plan(successor.Area.Slug, plan.Id);
            }
        }
        foreach (var (area, report) in former.Reports)
        {
            moves[SiteUrls.Report(former.Slug, report.Id)] = SiteUrls.Report(area.Area.Slug, report.Id);
        }
        foreach (var (area, plan) in former.Plans)
        {
            moves[SiteUrls.Plan(former.Slug, plan.Id)] = SiteUrls.Plan(area.Area.Slug, plan.Id);
        }
        return moves.Select(m => (m.Key, m.Value));
    }
}
