using SendSite.Diagnostics;
using SendSite.Site.Addresses;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Publishing;

/// <summary>
/// input/published-urls.txt keeps the promise that addresses never change: old URLs of renamed, merged and
/// split areas resolve, a removed page fails the build at the manifest's line, and recording is sorted,
/// deterministic and never lists what is not published.
/// </summary>
public sealed class UrlManifestTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public UrlManifestTests()
    {
        input = SuccessionInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private string ManifestPath => Path.Combine(input, UrlManifest.FileName);

    private async Task<BuildResult> Build(bool record = false, string output = "output") =>
        await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false, RecordUrls = record }, TextWriter.Null);

    private void WriteManifest(params string[] urls) => File.WriteAllText(ManifestPath, UrlManifestWriter.Text(urls));

    [Fact]
    public async Task Every_old_url_of_a_renamed_merged_or_split_area_still_resolves_to_a_file()
    {
        WriteManifest(SuccessionInput.OldUrls);

        var result = await Build();

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        foreach (var url in SuccessionInput.OldUrls)
        {
            Assert.True(File.Exists(folder.Combine("output", ManifestUrl.FileOf(url))), $"{url} does not resolve");
        }
        // A merge: both former slugs redirect to Northby.
        Assert.Contains("url=../northby/", File.ReadAllText(folder.Combine("output", "areas", "northby-moor", "index.html")));
        Assert.Contains("url=../../../northby/reports/2024-03-04-full-inspection/",
            File.ReadAllText(folder.Combine("output", "areas", "northby-vale", "reports", "2024-03-04-full-inspection", "index.html")));
    }

    [Fact]
    public async Task A_split_area_gets_a_page_naming_every_successor_and_no_redirect()
    {
        var result = await Build();

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(folder.Combine("output", "areas", "old-wold", "index.html"));
        Assert.Contains("Old Wold was split on <time datetime=\"2025-04-01\">1 April 2025</time>", page);
        Assert.Contains("href=\"../eastwold/\">Eastwold</a>", page);
        Assert.Contains("href=\"../westwold/\">Westwold</a>", page);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page);
        Assert.Contains("Area SEND inspection of Old Wold local area partnership", page);
        // The old report redirects to where it lives now; its outcome is not Eastwold's.
        Assert.Contains("url=../../../eastwold/reports/2023-05-08-full-inspection/",
            File.ReadAllText(folder.Combine("output", "areas", "old-wold", "reports", "2023-05-08-full-inspection", "index.html")));
        Assert.Contains("has not had a full inspection", File.ReadAllText(folder.Combine("output", "areas", "eastwold", "index.html")));
        Assert.Contains("Formed on 1 April 2025, when Old Wold was split.", File.ReadAllText(folder.Combine("output", "areas", "westwold", "index.html")));
        Assert.Contains("E99000105,Old Wold,", File.ReadAllText(folder.Combine("output", "data", "inspections.csv")));
        var feed = File.ReadAllText(folder.Combine("output", "areas", "old-wold", "feed.xml"));
        Assert.Contains("https://example.org/send/areas/eastwold/reports/2023-05-08-full-inspection/", feed);
        Assert.Contains("/areas/old-wold/reports/2023-05-08-full-inspection/ /send/areas/eastwold/reports/2023-05-08-full-inspection/ 301",
            File.ReadAllText(folder.Combine("output", "_redirects")));
    }

    [Fact]
    public async Task Removing_a_page_in_the_manifest_fails_the_build_at_its_line_and_publishes_nothing()
    {
        WriteManifest("/areas/northby/", "/areas/northby/reports/2024-03-04-full-inspection/", "/areas/westwold/");
        File.Delete(folder.Combine("input", "reports", "northby", "2024-03-04-full-inspection.md"));

        var result = await Build();

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PublishedUrlGone);
        var headerLines = UrlManifestWriter.Header.Split('\n').Length;
        Assert.Equal(new SourceLocation(UrlManifest.FileName, headerLines + 2, 1), error.Location);
        Assert.Contains("/areas/northby/reports/2024-03-04-full-inspection/", error.Message);
        Assert.Contains("Restore", error.Fix);
        Assert.Contains(UrlManifest.FileName, result.Failure);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public async Task Dropping_an_area_slug_says_to_add_it_to_former_names()
    {
        WriteManifest("/areas/old-wold/");
        File.WriteAllText(Path.Combine(input, "areas.yml"), SuccessionInput.AreasYml.Replace("slug: old-wold", "slug: old-wold-county"));
        folder.Write(SuccessionInput.OldWoldReportPath, SuccessionInput.OldWoldReport.Replace("former_area: old-wold", "former_area: old-wold-county"));

        var result = await Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PublishedUrlGone);
        Assert.Contains("former_names", error.Fix);
        Assert.Contains("slug: old-wold", error.Fix);
    }

    [Fact]
    public async Task Recording_writes_a_sorted_deterministic_manifest_without_embargoed_or_draft_urls()
    {
        folder.Write("input/reports/westwold/2026-10-05-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: westwold").Replace("2024-03-04", "2026-10-05").Replace("2024-03-08", "2026-10-07")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2027-01-12T09:30:00Z"));
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft"));
        WriteManifest("/areas/old-southmere/");

        Assert.True((await Build(record: true)).Success);
        var first = File.ReadAllText(ManifestPath);
        Assert.True((await Build(record: true, output: "output-2")).Success);
        var second = File.ReadAllText(ManifestPath);

        Assert.Equal(first, second);
        Assert.StartsWith(UrlManifestWriter.Header.Split('\n')[0], first);
        var urls = first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Equal(urls.Distinct(StringComparer.Ordinal).Count(), urls.Count);
        Assert.Contains("/areas/old-southmere/", urls);
        Assert.Contains("/areas/northby/reports/2024-03-04-full-inspection/", urls);
        Assert.Contains("/areas/old-wold/", urls);
        Assert.Contains("/feeds/all.xml", urls);
        Assert.Contains("/data/inspections.csv", urls);
        Assert.DoesNotContain(urls, u => u.Contains("2026-10-05", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Contains("2025-06-02", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.StartsWith("/assets/", StringComparison.Ordinal) || u == "/404.html" || u == "/_redirects");
        Assert.DoesNotContain("/data/inspections-2026-11-23.csv", urls); // only the build of that day has it
    }

    [Fact]
    public async Task A_line_that_is_not_a_site_relative_url_is_reported_on_its_line()
    {
        File.WriteAllText(ManifestPath, "# comment\n/areas/northby/\nhttps://example.org/areas/\n/areas/northby/\n");

        var result = await Build();

        var bad = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ManifestBadLine);
        Assert.Equal(3, bad.Location.Line);
        var repeat = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ManifestDuplicate);
        Assert.Equal(4, repeat.Location.Line);
        Assert.False(result.Success);
    }
}
