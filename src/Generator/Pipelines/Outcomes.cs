using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>The outcomes overview of every area, at /outcomes/.</summary>
public sealed class Outcomes : IPipeline
{
    public string Name => nameof(Outcomes);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var site = context.Site;
        var areas = site.Areas.Select(AreaViews.Summary).ToList();
        var view = new OutcomesPageView(AreaViews.OutcomeCounts(site), areas, AreaViews.NotYetInspected(site));
        var page = PageWriter.Frame(context, "Outcomes of every area", "outcomes", SiteUrls.Outcomes, "outcomes",
            "The latest full inspection outcome of every local area.", new LinkView("Home", SiteUrls.Home));
        return [PageWriter.Write(context, "outcomes", page, view)];
    }
}
