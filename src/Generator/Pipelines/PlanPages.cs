using SendSite.Engine;
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
            var view = PlanViews.Page(area, plan, context.RenderMarkdown(plan.Body));
            var page = PageWriter.Frame(context, view.Title, "plan", SiteUrls.Plan(area.Area.Slug, plan.Id), "areas",
                $"{view.KindLabel} of {area.Area.Name}, published {view.PublishedText}.",
                new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas), new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug)))
                with { Search = SearchTagsView.ForPlan(area, plan) };
            return PageWriter.Write(context, "plan", page, view);
        })];
}
