using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Metadata;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>One page per published plan, at /areas/&lt;area&gt;/plans/&lt;id&gt;/.</summary>
public sealed class PlanPages : IPipeline<BuildContext>
{
    public string Name => nameof(PlanPages);

    public PipelineScope Scope => PipelineScope.PerArea;

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Plans.Select(item => PageWriter.Deferred(SiteUrls.Plan(item.Area.Area.Slug, item.Plan.Id), () => Html(context, item.Area, item.Plan)))];

    /// <summary>The page, made when it is written: the body is read, rendered and checked only now.</summary>
    private static string Html(BuildContext context, AreaModel area, Plan plan)
    {
        var url = SiteUrls.Plan(area.Area.Slug, plan.Id);
        var view = PlanViews.Page(area, plan, context.RenderMarkdown(plan.Body, url)) with { Citation = Citations.Of(area, plan, context.CanonicalUrl(url)) };
        var page = PageWriter.Frame(context, view.Title, "plan", url, "areas",
            $"{view.KindLabel} of {area.Area.Name}, published {view.PublishedText}.",
            new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas), new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug))) with
        {
            AreaName = area.Area.Name,
            OpenGraphType = "article",
            Search = SearchTagsView.ForPlan(area, plan),
        };
        var report = area.Reports.FirstOrDefault(r => r.Id == plan.RespondsTo);
        var reportUrl = report is null ? null : context.CanonicalUrl(SiteUrls.Report(area.Area.Slug, report.Id));
        return PageWriter.Html(context, "plan", page, view,
            PlanSchema.Of(plan, area.Area, page.CanonicalUrl, reportUrl, context.Site.Settings.Language));
    }
}
