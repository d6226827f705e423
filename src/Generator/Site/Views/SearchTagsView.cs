using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>
/// What the search index records about an indexed page, beside its words: the filters a parent can narrow
/// results by (document type; area and region when the page is about one area; the outcome's short label for a
/// full inspection; the inspection framework) and what a result shows (title when the page's own heading would not
/// say it, area, type, publication date). Report, plan and national thematic report pages have one, put on
/// &lt;main&gt; by the layout; an area page has one for its 2016-2022 history only, put on that section alone.
/// Pages without one are not indexed.
/// </summary>
public sealed record SearchTagsView(string? Area, string? Region, string DocumentType, string? Outcome, string PublishedIso, string PublishedText)
{
    /// <summary>The framework filter's values (issue 13), newest first: the order the search page lists them in.</summary>
    public const string CurrentFramework = "2023 framework";
    public const string EarlierFramework = "2016 to 2022 framework";

    public const string ThematicType = "National thematic report";
    public const string EarlierInspectionType = "Inspection under the 2016 to 2022 framework";

    /// <summary>The inspection framework the page belongs to, or null for a page that belongs to none (a national report).</summary>
    public string? Framework { get; init; }

    /// <summary>The result's title, when the first heading of the indexed part is not one.</summary>
    public string? Title { get; init; }

    public static SearchTagsView ForReport(AreaModel area, Report report)
    {
        var published = DisplayDates.UkDate(report.Published);
        return new(area.Area.Name, area.Area.Region, Wording.KindLabel(report.Kind),
            report.Outcome is { } outcome ? OutcomeStatements.ShortLabel(outcome) : null,
            DisplayDates.Iso(published), DisplayDates.Long(published))
        { Framework = CurrentFramework };
    }

    /// <summary>A plan answers a report of the 2023 framework, so it is filed under that framework too.</summary>
    public static SearchTagsView ForPlan(AreaModel area, Plan plan) =>
        new(area.Area.Name, area.Area.Region, Wording.KindLabel(plan.Kind), null,
            DisplayDates.Iso(plan.Published), DisplayDates.Long(plan.Published))
        { Framework = CurrentFramework };

    /// <summary>A national report is about no one area and gives no outcome, so it has neither filter.</summary>
    public static SearchTagsView ForThematic(ThematicReport report)
    {
        var published = DisplayDates.UkDate(report.Published);
        return new(null, null, ThematicType, null, DisplayDates.Iso(published), DisplayDates.Long(published));
    }

    /// <summary>
    /// An area's inspections under the 2016-2022 framework, indexed as the section of the area page that holds
    /// them, dated by the newest publication among them. Null when the area has none.
    /// </summary>
    public static SearchTagsView? ForEarlierInspections(AreaModel area)
    {
        if (area.EarlierInspections.Count == 0)
        {
            return null;
        }
        var newest = area.EarlierInspections
            .Select(e => e.Revisit?.Published is { } revisit && revisit > e.Inspection.Published ? revisit : e.Inspection.Published)
            .Max();
        return new(area.Area.Name, area.Area.Region, EarlierInspectionType, null, DisplayDates.Iso(newest), DisplayDates.Long(newest))
        {
            Framework = EarlierFramework,
            Title = $"{area.Area.Name}: inspections under the 2016 to 2022 framework",
        };
    }
}
