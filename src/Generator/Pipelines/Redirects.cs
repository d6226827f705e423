using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>
/// Keeps old addresses working after an area is renamed: every page under a former slug gets a redirect
/// page to its new address (meta refresh plus canonical link), and _redirects lists them for hosts that
/// support real redirects.
/// </summary>
public sealed class Redirects : IPipeline
{
    public string Name => nameof(Redirects);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var moves = new List<(string From, string To)>();
        foreach (var area in context.Site.Areas)
        {
            foreach (var former in area.Area.FormerNames.Where(f => f.Slug is not null))
            {
                moves.Add((SiteUrls.Area(former.Slug!), SiteUrls.Area(area.Area.Slug)));
                moves.AddRange(area.Reports.Select(r => (SiteUrls.Report(former.Slug!, r.Id), SiteUrls.Report(area.Area.Slug, r.Id))));
                moves.AddRange(area.Plans.Select(p => (SiteUrls.Plan(former.Slug!, p.Id), SiteUrls.Plan(area.Area.Slug, p.Id))));
            }
        }
        var documents = moves.Select(move =>
        {
            var view = new RedirectPageView("This page has moved", move.To, PageWriter.CanonicalUrl(context, move.To));
            var variables = new Dictionary<string, object?> { ["site"] = context.SiteView, ["model"] = view };
            return Document.FromText(SiteUrls.FileFor(move.From), context.Templates.Render("redirect", variables, move.From));
        }).ToList();
        var basePath = context.Site.Settings.BaseUrl.AbsolutePath.TrimEnd('/');
        var map = string.Concat(moves.OrderBy(m => m.From, StringComparer.Ordinal).Select(m => $"{basePath}{m.From} {basePath}{m.To} 301\n"));
        documents.Add(Document.FromText("_redirects", map));
        return documents;
    }
}
