using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>One page per area, at /areas/&lt;slug&gt;/: its outcome in plain words, plans, what happens next, history.</summary>
public sealed class AreaPages : IPipeline<BuildContext>
{
    public string Name => nameof(AreaPages);

    public PipelineScope Scope => PipelineScope.PerArea;

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Areas.Select(area => PageWriter.Deferred(SiteUrls.Area(area.Area.Slug), () =>
        {
            var view = AreaViews.Page(area, ThematicViews.Visiting(context.Site, area.Area.Slug), context.Site.FormerAreas);
            var description = view.Outcome is null
                ? $"SEND inspections and plans of {view.Name}."
                : $"SEND inspections and plans of {view.Name}. Latest outcome: {view.Outcome.Label}.";
            var page = PageWriter.Frame(context, view.Name, "area", SiteUrls.Area(area.Area.Slug), "areas", description,
                new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas)) with { FeedUrl = SiteUrls.AreaFeed(area.Area.Slug) };
            return PageWriter.Html(context, "area", page, view);
        }))];
}
