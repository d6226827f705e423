using AngleSharp.Dom;
using SendSite.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The outcomes page's chart, its table and /data/inspections.csv give the same numbers: counted here
/// independently from the CSV (each area's newest published full inspection) and compared with both.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class OutcomesTests(BundledSiteBuild bundled) : IDisposable
{
    private const string NotInspected = "Not inspected yet";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_bundled_sites_chart_table_and_csv_agree() => ChartTableAndCsvAgree(bundled.Output);

    [Fact]
    public async Task The_sample_sites_chart_table_and_csv_agree()
    {
        var output = folder.Combine("output");
        var result = await SiteGenerator.BuildAsync(new BuildOptions(SampleInput.WriteTo(folder), output, BundledSiteBuild.Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure);

        var counts = ChartTableAndCsvAgree(output);

        Assert.Equal(1, counts[("North West", "Inconsistent experiences and outcomes")]);
        Assert.Equal(1, counts[("South West", "Widespread and/or systemic failings")]);
        Assert.Equal(1, counts[("East of England", NotInspected)]);
    }

    [Fact]
    public void The_chart_is_an_accessible_image_with_a_key_and_patterns()
    {
        var page = Page(bundled.Output);
        var svg = page.QuerySelector("figure svg#outcomes-chart")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent));
        var description = page.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent;
        Assert.Contains("North West", description, StringComparison.Ordinal);
        var key = page.QuerySelectorAll(".app-chart-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, key.Count);
        Assert.Equal(NotInspected, key[^1]);
    }

    private static IDocument Page(string output) => BuiltPages.Parse(File.ReadAllText(Path.Combine(output, "outcomes", "index.html")));

    /// <summary>Checks the three sources agree and returns the counts by (region, category), zeros left out.</summary>
    private static Dictionary<(string, string), int> ChartTableAndCsvAgree(string output)
    {
        var page = Page(output);

        var chart = page.QuerySelectorAll("svg#outcomes-chart g[data-region]")
            .SelectMany(region => region.QuerySelectorAll("g[data-count]").Select(segment =>
                (Key: (region.GetAttribute("data-region")!, segment.GetAttribute("data-category")!), Count: int.Parse(segment.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture))))
            .ToDictionary(x => x.Key, x => x.Count);

        var table = page.GetElementById("outcomes-by-region")!;
        var categories = table.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        var tableCounts = new Dictionary<(string, string), int>();
        var regionRows = table.QuerySelectorAll("tbody tr").ToList();
        foreach (var row in regionRows.Take(regionRows.Count - 1))
        {
            var region = row.QuerySelector("th")!.TextContent.Trim();
            var cells = row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            for (var c = 0; c < categories.Count - 1; c++)
            {
                if (cells[c] > 0)
                {
                    tableCounts[(region, categories[c])] = cells[c];
                }
            }
            Assert.Equal(cells[^1], cells.Take(cells.Count - 1).Sum()); // the Areas column is the row's total
        }
        var totals = regionRows[^1].QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var c = 0; c < categories.Count - 1; c++)
        {
            Assert.Equal(totals[c], tableCounts.Where(k => k.Key.Item2 == categories[c]).Sum(k => k.Value));
        }

        // From the CSV: each area's newest published full inspection; areas with none are "not inspected".
        var records = CsvReader.Read(File.ReadAllText(Path.Combine(output, "data", "inspections.csv")));
        var header = records[0].ToList();
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var fromCsv = rows.Where(r => r["kind"] == "full-inspection")
            .GroupBy(r => r["area_code"])
            .Select(g => g.OrderByDescending(r => r["published"], StringComparer.Ordinal).ThenByDescending(r => r["inspection_start"], StringComparer.Ordinal).First())
            .GroupBy(r => (r["region"], r["outcome"]))
            .ToDictionary(g => g.Key, g => g.Count());

        // The per-area table lists every area: those missing from the CSV's full inspections are not inspected.
        var areas = page.QuerySelectorAll("#outcomes-by-area tbody tr")
            .Select(tr => (Name: tr.QuerySelector("th")!.TextContent.Trim(), Region: tr.QuerySelectorAll("td")[0].TextContent.Trim(), Outcome: tr.QuerySelectorAll("td")[1].TextContent.Trim()))
            .ToList();
        var inspected = rows.Where(r => r["kind"] == "full-inspection").Select(r => r["area_name"]).ToHashSet(StringComparer.Ordinal);
        foreach (var group in areas.Where(a => !inspected.Contains(a.Name)).GroupBy(a => a.Region))
        {
            fromCsv[(group.Key, NotInspected)] = group.Count();
        }
        // And each area's row says the outcome the CSV's newest full inspection says.
        foreach (var area in areas.Where(a => inspected.Contains(a.Name)))
        {
            var latest = rows.Where(r => r["kind"] == "full-inspection" && r["area_name"] == area.Name)
                .OrderByDescending(r => r["published"], StringComparer.Ordinal).ThenByDescending(r => r["inspection_start"], StringComparer.Ordinal).First();
            Assert.Equal(latest["outcome"], area.Outcome);
        }

        Assert.Equal(Sorted(fromCsv), Sorted(chart));
        Assert.Equal(Sorted(fromCsv), Sorted(tableCounts));
        Assert.Equal(areas.Count, totals[^1]);
        return chart;
    }

    private static List<KeyValuePair<(string, string), int>> Sorted(Dictionary<(string, string), int> counts) =>
        [.. counts.OrderBy(k => k.Key.Item1, StringComparer.Ordinal).ThenBy(k => k.Key.Item2, StringComparer.Ordinal)];
}
