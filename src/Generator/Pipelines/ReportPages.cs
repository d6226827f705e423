using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>One page per published report, at /areas/&lt;area&gt;/reports/&lt;id&gt;/.</summary>
public sealed class ReportPages : IPipeline
{
    public string Name => nameof(ReportPages);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Reports.AsParallel().AsOrdered().Select(item =>
        {
            var (area, report) = item;
            var body = context.RenderMarkdown(report.Body);
            var view = ReportViews.Page(area, report, body);
            var page = PageWriter.Frame(context, view.Title, "report", SiteUrls.Report(area.Area.Slug, report.Id), "areas",
                $"{view.KindLabel} of {area.Area.Name}, published {view.PublishedText}.",
                new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas), new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug)))
                with { Search = SearchTagsView.ForReport(area, report) };
            return PageWriter.Write(context, "report", page, view);
        })];
}
