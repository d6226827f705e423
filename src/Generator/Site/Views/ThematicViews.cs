using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>
/// What templates show of national thematic reports. They never carry an outcome: a thematic visit judges
/// no area, so nothing here may look like an inspection result.
/// </summary>
public static class ThematicViews
{
    public static ThematicSummaryView Summary(ThematicReport report)
    {
        var published = DisplayDates.UkDate(report.Published);
        return new ThematicSummaryView(report.Title, SiteUrls.ThematicReport(report.Id), report.Topic, report.Summary,
            DisplayDates.Long(published), DisplayDates.Iso(published), report.AreasVisited.Count);
    }

    public static ThematicPageView Page(SiteModel site, ThematicReport report, RenderedMarkdown body)
    {
        var published = DisplayDates.UkDate(report.Published);
        var bySlug = site.Areas.ToDictionary(a => a.Area.Slug, StringComparer.Ordinal);
        var visited = report.AreasVisited
            .Where(v => bySlug.ContainsKey(v.Slug))
            .Select(v => bySlug[v.Slug].Area)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new LinkView(a.Name, SiteUrls.Area(a.Slug)))
            .ToList();
        var contents = new List<ContentsItemView> { new("Areas visited", "areas-visited", 2) };
        contents.AddRange(body.Headings.Select(h => new ContentsItemView(h.Text, h.Id, h.Level)));
        return new ThematicPageView(report.Title, report.Topic, report.Summary, DisplayDates.Long(published), DisplayDates.Iso(published),
            report.OfficialReport?.AbsoluteUri, visited, contents, body.Html);
    }

    public static IReadOnlyList<ThematicSummaryView> Visiting(SiteModel site, string areaSlug) =>
        [.. site.ThematicReportsVisiting(areaSlug).Select(Summary)];
}
