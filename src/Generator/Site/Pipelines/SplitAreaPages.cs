using SendSite.Domain.Calendar;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The old address of an area that was split: there is no one place to send readers, so instead of a
/// redirect it is a page that says so plainly, links each area it became, and lists the reports and plans
/// written about the old area at their new addresses.
/// </summary>
public sealed class SplitAreaPages : IPipeline<BuildContext>
{
    public const string TemplateName = "split-area";

    public string Name => nameof(SplitAreaPages);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.FormerAreas.Where(f => f.IsSplit).Select(former => PageWriter.Deferred(SiteUrls.Area(former.Slug), () =>
        {
            var view = View(former);
            var page = PageWriter.Frame(context, $"{former.Name}: this area was split", TemplateName, SiteUrls.Area(former.Slug), "areas",
                $"{former.Name} was split into {string.Join(" and ", view.Successors.Select(s => s.Text))}.",
                new LinkView("Home", SiteUrls.Home), new LinkView("Areas", SiteUrls.Areas));
            return PageWriter.Html(context, TemplateName, page, view);
        }))];

    private static SplitAreaPageView View(FormerAreaModel former) => new(
        former.Name,
        former.SplitOn is { } day ? DisplayDates.Long(day) : null,
        former.SplitOn is { } iso ? DisplayDates.Iso(iso) : null,
        [.. former.Successors.Select(a => new LinkView(a.Area.Name, SiteUrls.Area(a.Area.Slug)))],
        [.. former.Reports.Select(x => ReportViews.Summary(x.Area, x.Report))],
        [.. former.Plans.Select(x => PlanViews.Summary(x.Area, x.Plan))]);
}
