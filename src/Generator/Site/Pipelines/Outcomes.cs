using SendSite.Engine;
using SendSite.Rendering.Charts;
using SendSite.Rendering.Urls;
using SendSite.Site.DataFiles;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The outcomes overview at /outcomes/: a chart and a table of latest outcomes by region, counted from the
/// open data's rows (so they always agree with /data/inspections.csv), and every area's latest outcome.
/// </summary>
public sealed class Outcomes : IPipeline<BuildContext>
{
    public const string TemplateName = "outcomes";
    public const string ChartId = "outcomes-chart";
    public const string ChartTitle = "Latest full inspection outcome of each area, by region";

    public string Name => nameof(Outcomes);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [PageWriter.Deferred(SiteUrls.Outcomes, () => Html(context))];

    private static string Html(BuildContext context)
    {
        var site = context.Site;
        var regions = OutcomesByRegion.Count(
            InspectionRows.Of(context),
            site.Areas.Select(a => (a.Area.Region, a.LatestFull is null ? null : context.CanonicalUrl(SiteUrls.Report(a.Area.Slug, a.LatestFull.Id)))));
        var categories = OutcomesByRegion.Categories.Select((label, index) => new ChartCategoryView(label, ChartPatterns.Id(index))).ToList();
        var svg = StackedBarChart.Draw(ChartId, ChartTitle, Describe(categories, regions), categories, regions);
        var chart = new OutcomeChartView(svg, categories, regions, OutcomesByRegion.Total(regions));
        var view = new OutcomesPageView(chart, [.. site.Areas.Select(AreaViews.Summary)]) { EarlierInspections = EarlierOutcomeRows.Of(site) };
        var page = PageWriter.Frame(context, "Outcomes of every area", TemplateName, SiteUrls.Outcomes, "outcomes",
            "The latest full inspection outcome of every local area, by region and area by area.", new LinkView("Home", SiteUrls.Home));
        return PageWriter.Html(context, TemplateName, page, view);
    }

    /// <summary>What the chart shows, in words, for people who cannot see it: one sentence per region.</summary>
    private static string Describe(IReadOnlyList<ChartCategoryView> categories, IReadOnlyList<RegionOutcomesView> regions) =>
        "Horizontal stacked bars, one per region, each segment the number of areas with that latest outcome. " +
        string.Join(" ", regions.Select(r =>
            $"{r.Region}, {r.Total} {(r.Total == 1 ? "area" : "areas")}: " +
            string.Join(", ", r.Counts.Select((count, c) => (count, c)).Where(x => x.count > 0).Select(x => $"{x.count} {categories[x.c].Label.ToLowerInvariant()}")) + "."));
}
