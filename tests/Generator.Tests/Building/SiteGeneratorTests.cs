using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>Whole builds of small sites on disk, without the browser gate (the gate has its own tests).</summary>
public sealed class SiteGeneratorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public SiteGeneratorTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task<BuildResult> Build(string output = "output", DateTimeOffset? now = null) =>
        await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), now ?? Now) { RunGate = false }, TextWriter.Null);

    private string Read(string relative) => File.ReadAllText(folder.Combine("output", relative));

    [Fact]
    public async Task Every_page_a_parent_needs_is_built()
    {
        var result = await Build();

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        foreach (var page in new[]
        {
            "index.html", "areas/index.html", "areas/northby/index.html", "areas/eastwold/index.html",
            "areas/northby/reports/2024-03-04-full-inspection/index.html",
            "areas/southmere/plans/2024-05-20-priority-action-plan/index.html",
            "outcomes/index.html", "about/index.html", "404.html", "sitemap.xml", "robots.txt", "sitemap/index.html",
            "assets/govuk-frontend.min.css", "assets/site.css",
        })
        {
            Assert.True(File.Exists(folder.Combine("output", page)), $"{page} was not built");
        }
    }

    [Fact]
    public async Task The_area_page_says_the_outcome_in_plain_words_and_officially()
    {
        await Build();

        var page = Read("areas/southmere/index.html");
        Assert.Contains("Widespread and/or systemic failings", page);
        Assert.Contains("which the local area partnership must address urgently", page);
        Assert.Contains("Southmere City Council", page);
        Assert.Contains("Not taking effective action", page); // the monitoring finding on priority action 2
        Assert.Contains("Published", page); // the priority action plan
    }

    [Fact]
    public async Task Numbered_priority_actions_have_permanent_anchors()
    {
        await Build();

        var page = Read("areas/southmere/reports/2024-01-15-full-inspection/index.html");
        Assert.Contains("id=\"priority-action-1\"", page);
        Assert.Contains("id=\"priority-action-2\"", page);
        Assert.Contains("href=\"#priority-action-2\"", page);
    }

    [Fact]
    public async Task Embargoed_and_draft_reports_appear_nowhere()
    {
        folder.Write("input/reports/eastwold/2026-10-01-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: eastwold").Replace("2024-03-04", "2026-10-01").Replace("2024-03-08", "2026-10-02")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-12-01T09:30:00Z")
            .Replace("Children wait too long", "Embargoedwordxyz children wait"));
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft").Replace("Children wait too long", "Draftwordxyz children wait"));

        var result = await Build();

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        foreach (var file in Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Embargoedwordxyz", text);
            Assert.DoesNotContain("Draftwordxyz", text);
            Assert.DoesNotContain("2026-10-01-full-inspection", text);
            Assert.DoesNotContain("2025-06-02-full-inspection", text);
        }
    }

    [Fact]
    public async Task An_embargoed_report_appears_once_its_time_has_come()
    {
        folder.Write("input/reports/eastwold/2026-10-01-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: eastwold").Replace("2024-03-04", "2026-10-01").Replace("2024-03-08", "2026-10-02")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-12-01T09:30:00Z"));

        await Build(now: new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

        Assert.True(File.Exists(folder.Combine("output", "areas/eastwold/reports/2026-10-01-full-inspection/index.html")));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_and_clock_are_byte_identical()
    {
        await Build("first");
        await Build("second");

        var first = Directory.EnumerateFiles(folder.Combine("first"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("first"), f)).Order().ToList();
        var second = Directory.EnumerateFiles(folder.Combine("second"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("second"), f)).Order().ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(folder.Combine("first", file)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.Combine("second", file))), $"{file} differs");
        }
    }

    [Fact]
    public async Task A_renamed_area_keeps_its_old_addresses()
    {
        await Build();

        var redirect = Read("areas/old-southmere/reports/2024-01-15-full-inspection/index.html");
        Assert.Contains("http-equiv=\"refresh\"", redirect);
        Assert.Contains("https://example.org/send/areas/southmere/reports/2024-01-15-full-inspection/", redirect);
        Assert.Contains("/send/areas/old-southmere/ /send/areas/southmere/ 301", Read("_redirects"));
    }

    [Fact]
    public async Task Hostile_markdown_fails_the_build_and_publishes_nothing()
    {
        await Build();
        var before = Read("about/index.html");
        folder.Write("input/pages/about.md", SampleInput.AboutPage + "\n\n[click](javascript:alert(1))\n\n<script>alert(2)</script>\n");

        var result = await Build();

        Assert.False(result.Success);
        Assert.Equal(before, Read("about/index.html"));
        Assert.DoesNotContain("javascript:", Read("about/index.html"));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_output_byte_identical()
    {
        await Build();
        var snapshot = Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("code: E99000103", "code: nonsense"));

        var result = await Build();

        Assert.False(result.Success);
        var after = Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(snapshot.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(snapshot[f], File.ReadAllBytes(f)));
        Assert.Empty(Directory.GetDirectories(folder.Path, "output.staging*"));
    }

    [Fact]
    public async Task Links_are_relative_so_the_site_works_under_any_path()
    {
        await Build();

        var page = Read("areas/northby/reports/2024-03-04-full-inspection/index.html");
        Assert.Contains("href=\"../../../../assets/govuk-frontend.min.css\"", page);
        Assert.Contains("href=\"../../\"", page); // breadcrumb to the area
        Assert.DoesNotContain("href=\"/", page);
    }

    [Fact]
    public async Task Every_page_shows_the_sample_data_notice()
    {
        await Build();

        foreach (var page in Directory.EnumerateFiles(folder.Combine("output"), "index.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains("old-southmere", StringComparison.Ordinal)))
        {
            Assert.Contains("Everything here is made up for tests.", File.ReadAllText(page));
        }
    }
}
