using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Metadata;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>One page per published report, at /areas/&lt;area&gt;/reports/&lt;id&gt;/.</summary>
public sealed class ReportPages : IPipeline<BuildContext>
{
    public string Name => nameof(ReportPages);

    public PipelineScope Scope => PipelineScope.PerArea;

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Reports.Select(item => PageWriter.Deferred(SiteUrls.Report(item.Area.Area.Slug, item.Report.Id), () => Html(context, item.Area, item.Report)))];

    /// <summary>The page, made when it is written: the body is read, rendered and checked only now.</summary>
    private static string Html(BuildContext context, AreaModel area, Report report)
    {
        var url = SiteUrls.Report(area.Area.Slug, report.Id);
        var body = context.RenderMarkdown(report.Body, url);
        var view = ReportViews.Page(area, report, body) with { Citation = Citations.Of(area, report, context.CanonicalUrl(url)) };
        var page = PageWriter.Frame(context, view.Title, "report", url, "areas",
            $"{view.KindLabel} of {area.Area.Name}, published {view.PublishedText}.",
            new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas), new LinkView(area.Area.Name, SiteUrls.Area(area.Area.Slug))) with
        {
            AreaName = area.Area.Name,
            // An area can have several reports of one kind with the same heading: the kind and day keep titles unique.
            HeadTitle = HeadTitle(report),
            OpenGraphType = "article",
            Search = SearchTagsView.ForReport(area, report),
        };
        return PageWriter.Html(context, "report", page, view,
            ReportSchema.Of(report, area.Area, page.CanonicalUrl, context.Site.Settings.Language));
    }

    /// <summary>A report's part of its document title, also its link text in the site map: kind and day, unique within an area.</summary>
    public static string HeadTitle(Report report) =>
        $"{Wording.KindLabel(report.Kind)} report, published {DisplayDates.Long(DisplayDates.UkDate(report.Published))}";
}
