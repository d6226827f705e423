using System.Net;
using System.Text.Json;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>The open data files and their dictionary page, from a small sample site built without the gate.</summary>
public sealed class OpenDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    // The sample input has sample_data on, so every file starts with the column that says so.
    private static readonly string[] Columns =
        ["sample_data", "area_code", "area_name", "region", "kind", "inspection_start", "published", "outcome", "priority_actions", "plan_status", "team", "url"];
    private const string BaseUrl = "https://example.org/send/";
    private readonly TempFolder folder = new();
    private readonly string input;

    public OpenDataTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task Build(string output = "output")
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
    }

    private string Read(string relative) => File.ReadAllText(folder.Combine("output", relative));

    /// <summary>The CSV's rows as column-name dictionaries, after checking the header.</summary>
    private List<Dictionary<string, string>> CsvRows()
    {
        var records = CsvReader.Read(Read("data/inspections.csv"));
        Assert.Equal(Columns, records[0]);
        return [.. records.Skip(1).Select(r => Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>The JSON's rows with the same shape as the CSV's: null as empty, numbers as text.</summary>
    private List<Dictionary<string, string>> JsonRows()
    {
        using var json = JsonDocument.Parse(Read("data/inspections.json"));
        return
        [
            .. json.RootElement.EnumerateArray().Select(row =>
            {
                Assert.Equal(Columns, row.EnumerateObject().Select(p => p.Name));
                return row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.True => "yes",
                    JsonValueKind.Number => p.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => p.Value.GetString()!,
                });
            }),
        ];
    }

    [Fact]
    public async Task Csv_and_json_agree_and_have_a_row_per_report_page_built()
    {
        await Build();

        var csv = CsvRows();
        Assert.Equal(csv, JsonRows());
        var reportPages = Directory.EnumerateDirectories(folder.Combine("output", "areas"), "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(Path.GetDirectoryName(d)) == "reports")
            .Where(d => !File.ReadAllText(Path.Combine(d, "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Select(d => BaseUrl + Path.GetRelativePath(folder.Combine("output"), d).Replace('\\', '/') + "/");
        Assert.Equal(reportPages.Order(StringComparer.Ordinal), csv.Select(r => r["url"]).Order(StringComparer.Ordinal));
        Assert.Equal(["Northby", "Southmere", "Southmere"], csv.Select(r => r["area_name"]));
        Assert.Equal(["2024-01-15", "2025-09-01"], csv.Where(r => r["area_name"] == "Southmere").Select(r => r["inspection_start"]));
    }

    [Fact]
    public async Task Each_row_says_what_the_pages_say()
    {
        await Build();

        var rows = CsvRows();
        foreach (var row in rows.Where(r => r["outcome"].Length > 0))
        {
            var slug = row["url"][(BaseUrl + "areas/").Length..].Split('/')[0];
            Assert.Contains(row["outcome"], WebUtility.HtmlDecode(Read($"areas/{slug}/index.html")));
            Assert.Contains(row["outcome"], WebUtility.HtmlDecode(Read(row["url"][BaseUrl.Length..] + "index.html")));
        }
        var southmereFull = rows.Single(r => r["url"].EndsWith("southmere/reports/2024-01-15-full-inspection/", StringComparison.Ordinal));
        Assert.Equal("Widespread and/or systemic failings", southmereFull["outcome"]);
        Assert.Equal("2", southmereFull["priority_actions"]);
        Assert.Equal("Published", southmereFull["plan_status"]);
        Assert.Equal("2024-03-01", southmereFull["published"]);
        var monitoring = rows.Single(r => r["kind"] == "monitoring-inspection");
        Assert.Equal(("", "", "0"), (monitoring["outcome"], monitoring["plan_status"], monitoring["priority_actions"]));
        var northby = rows.Single(r => r["area_name"] == "Northby");
        Assert.Equal(("E99000101", "North West", "Inconsistent experiences and outcomes", ""), (northby["area_code"], northby["region"], northby["outcome"], northby["plan_status"]));
    }

    [Fact]
    public async Task A_name_with_a_comma_is_quoted_in_the_csv()
    {
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("name: Northby", "name: Northby, Upper and Lower"));

        await Build();

        var text = Read("data/inspections.csv");
        Assert.Contains("\r\nyes,E99000101,\"Northby, Upper and Lower\",North West,full-inspection,", text);
        Assert.Equal("Northby, Upper and Lower", CsvRows()[0]["area_name"]);
        Assert.Equal(CsvRows(), JsonRows());
    }

    [Fact]
    public async Task The_files_are_utf8_without_bom_and_the_dated_copies_match()
    {
        await Build();

        foreach (var extension in new[] { "csv", "json" })
        {
            var current = File.ReadAllBytes(folder.Combine("output", "data", $"inspections.{extension}"));
            Assert.False(current.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{extension} starts with a BOM");
            Assert.Equal(current, File.ReadAllBytes(folder.Combine("output", "data", $"inspections-2026-11-23.{extension}")));
        }
    }

    [Fact]
    public async Task Embargoed_and_draft_reports_have_no_row()
    {
        folder.Write("input/reports/eastwold/2026-10-01-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: eastwold").Replace("2024-03-04", "2026-10-01").Replace("2024-03-08", "2026-10-02")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-12-01T09:30:00Z"));
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft"));

        await Build();

        Assert.Equal(3, CsvRows().Count);
        Assert.DoesNotContain(CsvRows(), r => r["area_name"] == "Eastwold" || r["inspection_start"] == "2025-06-02");
    }

    [Fact]
    public async Task The_data_page_describes_every_column_and_links_the_files()
    {
        await Build();

        var page = Read("data/index.html");
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--s\" id=\"columns-caption\">", page);
        // Two dictionaries of three columns: inspections, and the plans due (this sample has no earlier inspections).
        Assert.Equal(6, page.Split("<th scope=\"col\"").Length - 1);
        foreach (var column in Columns)
        {
            Assert.Contains($"<th scope=\"row\" class=\"govuk-table__header\"><code>{column}</code></th>", page);
        }
        foreach (var file in new[] { "inspections.csv", "inspections.json", "inspections-2026-11-23.csv", "inspections-2026-11-23.json", "plans-due.csv", "plans-due.json", "../feeds/plans-due.xml" })
        {
            Assert.Contains($"href=\"{file}\"", page);
        }
        Assert.Contains("<loc>https://example.org/send/data/</loc>", Read("sitemap.xml"));
    }

    [Fact]
    public async Task Two_builds_give_the_same_data_bytes()
    {
        await Build("first");
        await Build("second");

        foreach (var file in new[] { "data/inspections.csv", "data/inspections.json", "data/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(folder.Combine("first", file)), File.ReadAllBytes(folder.Combine("second", file)));
        }
    }

    [Fact]
    public async Task A_sample_sites_files_mark_every_row_as_sample_data_and_the_dictionary_warns()
    {
        await Build();

        Assert.All(CsvRows(), row => Assert.Equal("yes", row["sample_data"]));
        using var json = JsonDocument.Parse(Read("data/inspections.json"));
        Assert.All(json.RootElement.EnumerateArray(), row => Assert.Equal(JsonValueKind.True, row.GetProperty("sample_data").ValueKind));
        using var earlier = JsonDocument.Parse(Read("data/earlier-inspections.json"));
        Assert.All(earlier.RootElement.EnumerateArray(), row => Assert.Equal(JsonValueKind.True, row.GetProperty("sample_data").ValueKind));
        Assert.StartsWith("sample_data,", Read("data/earlier-inspections.csv"), StringComparison.Ordinal);
        var page = Read("data/index.html");
        Assert.Contains("These files are sample data", page);
        Assert.Contains("<code>sample_data</code></th>", page);
    }

    [Fact]
    public async Task A_real_sites_files_have_no_sample_data_column()
    {
        var siteYml = Path.Combine(input, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("sample_data: true", "sample_data: false", StringComparison.Ordinal));
        await Build();

        Assert.Equal(Columns.Skip(1), CsvReader.Read(Read("data/inspections.csv"))[0]);
        using var json = JsonDocument.Parse(Read("data/inspections.json"));
        Assert.All(json.RootElement.EnumerateArray(), row => Assert.False(row.TryGetProperty("sample_data", out _)));
        Assert.DoesNotContain("sample_data", Read("data/index.html"), StringComparison.Ordinal);
    }
}
