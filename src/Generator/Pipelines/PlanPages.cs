using SendSite.Engine;
using SendSite.Metadata;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>One page per published plan, at /areas/&lt;area&gt;/plans/&lt;id&gt;/.</summary>
public sealed class PlanPages : IPipeline
{
    public string Name => nameof(PlanPages);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Plans.AsParallel().AsOrdered().Select(item =>
        {
            var (area, plan) = item;
            var url = SiteUrls.Plan(area.Area.Slug, plan.Id);
            var view = PlanViews.Page(area, plan, context.RenderMarkdown(plan.Body)) with { Citation = Citations.Of(area, plan, PageWriter.CanonicalUrl(context, url)) };
            var page = PageWriter.Frame(context, view.Title, "plan", url, "areas",
                $"{view.KindLabel} of {area.Area.Name}, published {view.PublishedText}.",
                new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas), new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug))) with
            {
                AreaName = area.Area.Name,
                OpenGraphType = "article",
                Search = SearchTagsView.ForPlan(area, plan),
            };
            var report = area.Reports.FirstOrDefault(r => r.Id == plan.RespondsTo);
            var reportUrl = report is null ? null : PageWriter.CanonicalUrl(context, SiteUrls.Report(area.Area.Slug, report.Id));
            return PageWriter.Write(context, "plan", page, view,
                PlanSchema.Of(plan, area.Area, page.CanonicalUrl, reportUrl, context.Site.Settings.Language));
        })];
}
