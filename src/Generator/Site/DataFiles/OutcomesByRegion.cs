using SendSite.Domain.Content;
using SendSite.Rendering.Charts;
using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>
/// Counts each area's current outcome by region from the open data's rows, so the outcomes page and
/// /data/inspections.csv cannot disagree. Which report is current is the model's decision
/// (<see cref="SendSite.Domain.Model.AreaModel.LatestFull"/>: it knows, for example, that a report about a former area is
/// history); the row of that report, found by its address, gives the outcome counted. An area with no
/// current full inspection counts as "Not inspected yet".
/// </summary>
public static class OutcomesByRegion
{
    public const string NotInspectedLabel = "Not inspected yet";
    public const string AllRegionsLabel = "All regions";

    /// <summary>The outcomes in the framework's order, then "Not inspected yet": the categories' order everywhere.</summary>
    public static IReadOnlyList<string> Categories { get; } =
        [.. Enum.GetValues<InspectionOutcome>().Select(OutcomeStatements.ShortLabel), NotInspectedLabel];

    /// <param name="rows">The open data's rows.</param>
    /// <param name="areas">Every area's region, and the absolute address of its current full inspection (null if none).</param>
    public static IReadOnlyList<RegionOutcomesView> Count(IReadOnlyList<InspectionRow> rows, IEnumerable<(string Region, string? LatestFullUrl)> areas)
    {
        var rowsByUrl = rows.ToDictionary(r => r.Url, StringComparer.Ordinal);
        return
        [
            .. areas
                .Select(area => (area.Region, Category: Category(rowsByUrl, area.LatestFullUrl)))
                .GroupBy(a => a.Region, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RegionOutcomesView(
                    g.Key,
                    [.. Enumerable.Range(0, Categories.Count).Select(c => g.Count(a => a.Category == c))],
                    g.Count())),
        ];
    }

    public static RegionOutcomesView Total(IReadOnlyList<RegionOutcomesView> regions) => new(
        AllRegionsLabel,
        [.. Enumerable.Range(0, Categories.Count).Select(c => regions.Sum(r => r.Counts[c]))],
        regions.Sum(r => r.Total));

    private static int Category(Dictionary<string, InspectionRow> rowsByUrl, string? latestFullUrl)
    {
        if (latestFullUrl is null)
        {
            return Categories.Count - 1;
        }
        // Rows and model come from the same published site: a current report without a row is a bug, not bad input.
        var row = rowsByUrl.TryGetValue(latestFullUrl, out var found)
            ? found
            : throw new InvalidOperationException($"No open data row for {latestFullUrl}.");
        var index = Enumerable.Range(0, Categories.Count).FirstOrDefault(c => Categories[c] == row.Outcome, -1);
        return index >= 0 ? index : throw new InvalidOperationException($"Unknown outcome '{row.Outcome}' in the row of {latestFullUrl}.");
    }
}
