using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>The A to Z of areas, then grouped by region, at /areas/: the way to every area without JavaScript.</summary>
public sealed class AreaIndex : IPipeline<BuildContext>
{
    public string Name => nameof(AreaIndex);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [PageWriter.Deferred(SiteUrls.Areas, () => Html(context))];

    private static string Html(BuildContext context)
    {
        var regions = AreaViews.Regions(context.Site);
        var view = new AreasPageView(regions, [.. regions.Select(r => new LinkView(r.Name, "#" + r.Anchor))], context.Site.Areas.Count)
        {
            Alphabet = AlphabetViews.Letters(context.Site),
        };
        var page = PageWriter.Frame(context, "Find an area", "areas", SiteUrls.Areas, "areas",
            "Every local area from A to Z, and grouped by region.", new LinkView("Home", SiteUrls.Home));
        return PageWriter.Html(context, "areas", page, view);
    }
}
