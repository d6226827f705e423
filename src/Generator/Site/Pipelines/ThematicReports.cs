using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>National thematic reports: one page each at /thematic/&lt;id&gt;/, and their index at /thematic/.</summary>
public sealed class ThematicReports : IPipeline<BuildContext>
{
    public const string IndexTitle = "National thematic reports";

    public string Name => nameof(ThematicReports);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var site = context.Site;
        var index = new ThematicIndexView([.. site.ThematicReports.Select(ThematicViews.Summary)]);
        var indexPage = PageWriter.Frame(context, IndexTitle, "thematic-index", SiteUrls.Thematic, "thematic",
            "National reports by Ofsted and CQC drawn from visits to several local areas on one topic.", new LinkView("Home", SiteUrls.Home));
        var pages = site.ThematicReports.Select(report => PageWriter.Deferred(SiteUrls.ThematicReport(report.Id), () =>
        {
            var view = ThematicViews.Page(site, report, context.RenderMarkdown(report.Body, SiteUrls.ThematicReport(report.Id)));
            var page = PageWriter.Frame(context, view.Title, "thematic", SiteUrls.ThematicReport(report.Id), "thematic",
                $"National thematic report on {view.Topic}, published {view.PublishedText}.",
                new LinkView("Home", SiteUrls.Home), new LinkView(IndexTitle, SiteUrls.Thematic)) with
            {
                Search = SearchTagsView.ForThematic(report),
            };
            return PageWriter.Html(context, "thematic", page, view);
        }));
        return [PageWriter.Write(context, "thematic-index", indexPage, index), .. pages];
    }
}
