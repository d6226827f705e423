using AngleSharp.Dom;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The outcomes page's chart, its table and /data/inspections.csv give the same numbers: counted here from the
/// CSV rows of the reports the per-area table links as each area's current one, and compared with both.
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

        // The per-area table lists every area, linking the report whose outcome is current (if any).
        var here = new Uri("https://site.invalid/outcomes/"); // the page's links are relative to it
        var areas = page.QuerySelectorAll("#outcomes-by-area tbody tr")
            .Select(tr => (
                Region: tr.QuerySelectorAll("td")[0].TextContent.Trim(),
                Outcome: tr.QuerySelectorAll("td")[1].TextContent.Trim(),
                Report: tr.QuerySelectorAll("td")[2].QuerySelector("a")?.GetAttribute("href")))
            .ToList();

        // The CSV's rows by report page (the url column), compared by path so the base URL does not matter.
        var records = CsvReader.Read(File.ReadAllText(Path.Combine(output, "data", "inspections.csv")));
        var header = records[0].ToList();
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))
            .ToDictionary(r => new Uri(r["url"]).AbsolutePath.Split("/areas/")[1], StringComparer.Ordinal);

        var fromCsv = new Dictionary<(string, string), int>();
        foreach (var area in areas)
        {
            var category = NotInspected;
            if (area.Report is not null)
            {
                var row = rows[new Uri(here, area.Report).AbsolutePath.Split("/areas/")[1]];
                Assert.Equal("full-inspection", row["kind"]);
                Assert.Equal(area.Region, row["region"]);
                Assert.Equal(row["outcome"], area.Outcome); // the per-area table says what the CSV says
                category = row["outcome"];
            }
            else
            {
                Assert.Equal(NotInspected, area.Outcome);
            }
            fromCsv[(area.Region, category)] = fromCsv.GetValueOrDefault((area.Region, category)) + 1;
        }
        // An area's current report is its newest published full inspection unless that report is about an
        // area it replaced; at least the linked row is never older than another full inspection of the same area.
        foreach (var area in areas.Where(a => a.Report is not null))
        {
            var linked = rows[new Uri(here, area.Report!).AbsolutePath.Split("/areas/")[1]];
            Assert.DoesNotContain(rows.Values, r => r["area_code"] == linked["area_code"] && r["kind"] == "full-inspection"
                && string.CompareOrdinal(r["published"], linked["published"]) > 0);
        }

        Assert.Equal(Sorted(fromCsv), Sorted(chart));
        Assert.Equal(Sorted(fromCsv), Sorted(tableCounts));
        Assert.Equal(areas.Count, totals[^1]);
        return chart;
    }

    private static List<KeyValuePair<(string, string), int>> Sorted(Dictionary<(string, string), int> counts) =>
        [.. counts.OrderBy(k => k.Key.Item1, StringComparer.Ordinal).ThenBy(k => k.Key.Item2, StringComparer.Ordinal)];
}
