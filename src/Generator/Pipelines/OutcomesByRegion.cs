using SendSite.Content;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>
/// Counts each area's latest full inspection outcome by region, from the open data's rows: the outcomes page
/// and /data/inspections.csv therefore cannot disagree. An area with no full inspection row counts as
/// "Not inspected yet". The latest full inspection is the newest published, as in the model.
/// </summary>
public static class OutcomesByRegion
{
    public const string NotInspectedLabel = "Not inspected yet";
    public const string AllRegionsLabel = "All regions";

    /// <summary>The outcomes in the framework's order, then "Not inspected yet": the categories' order everywhere.</summary>
    public static IReadOnlyList<string> Categories { get; } =
        [.. Enum.GetValues<InspectionOutcome>().Select(OutcomeStatements.ShortLabel), NotInspectedLabel];

    public static IReadOnlyList<RegionOutcomesView> Count(IReadOnlyList<InspectionRow> rows, IEnumerable<Area> areas) =>
        [.. areas
            .Select(area => (area.Region, Category: Category(rows, area.Code)))
            .GroupBy(a => a.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegionOutcomesView(
                g.Key,
                [.. Enumerable.Range(0, Categories.Count).Select(c => g.Count(a => a.Category == c))],
                g.Count()))];

    public static RegionOutcomesView Total(IReadOnlyList<RegionOutcomesView> regions) => new(
        AllRegionsLabel,
        [.. Enumerable.Range(0, Categories.Count).Select(c => regions.Sum(r => r.Counts[c]))],
        regions.Sum(r => r.Total));

    private static int Category(IReadOnlyList<InspectionRow> rows, string areaCode)
    {
        var latest = rows
            .Where(r => r.AreaCode == areaCode && r.Kind == InspectionRows.FullInspection)
            .OrderByDescending(r => r.Published, StringComparer.Ordinal)
            .ThenByDescending(r => r.InspectionStart, StringComparer.Ordinal)
            .FirstOrDefault();
        if (latest is null)
        {
            return Categories.Count - 1;
        }
        var index = Enumerable.Range(0, Categories.Count).FirstOrDefault(c => Categories[c] == latest.Outcome, -1);
        return index >= 0 ? index : throw new InvalidOperationException($"Unknown outcome '{latest.Outcome}' in the rows of {areaCode}.");
    }
}
