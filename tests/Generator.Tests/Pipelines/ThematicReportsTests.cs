using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>Thematic reports get their pages and index, appear on the visited areas' pages, never as an outcome, and never before their embargo.</summary>
public sealed class ThematicReportsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public ThematicReportsTests()
    {
        input = SampleInput.WriteTo(folder);
        WriteThematic("2025-06-05-alternative-provision", "Alternative provision visits", "2025-06-05T09:30:00Z", "approved");
        WriteThematic("2026-12-01-early-years", "Embargoed early years visits", "2026-12-01T09:30:00Z", "approved");
        WriteThematic("2026-01-10-transitions", "Draft transitions visits", "2026-01-10T09:30:00Z", "draft");
    }

    public void Dispose() => folder.Dispose();

    private void WriteThematic(string id, string title, string published, string status) =>
        folder.Write($"input/thematic/{id}.md", $"""
            ---
            title: {title}
            topic: Alternative provision
            published: {published}
            status: {status}
            areas_visited: [northby, eastwold]
            ---
            ## What inspectors found

            Findings across the areas visited.
            """);

    private async Task<string> Build()
    {
        var output = folder.Combine("output");
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, output, Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        return output;
    }

    [Fact]
    public async Task A_published_thematic_report_has_its_page_and_is_in_the_index_and_sitemap()
    {
        var output = await Build();

        var page = File.ReadAllText(Path.Combine(output, "thematic", "2025-06-05-alternative-provision", "index.html"));
        Assert.Contains("Alternative provision visits", page);
        Assert.Contains("href=\"../../areas/northby/\"", page);
        Assert.Contains("Alternative provision visits", File.ReadAllText(Path.Combine(output, "thematic", "index.html")));
        Assert.Contains("/thematic/2025-06-05-alternative-provision/", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
    }

    [Fact]
    public async Task The_visited_areas_list_it_and_it_never_looks_like_an_outcome()
    {
        var output = await Build();

        var eastwold = File.ReadAllText(Path.Combine(output, "areas", "eastwold", "index.html"));
        var section = eastwold[eastwold.IndexOf("id=\"national-thematic-reports\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains("Alternative provision visits", section);
        Assert.DoesNotContain("govuk-tag", section);
        Assert.Contains("not an inspection", section);
        // Eastwold has no inspection: the thematic visit must not give it an outcome anywhere.
        Assert.DoesNotContain("Alternative provision visits", eastwold[..eastwold.IndexOf("id=\"national-thematic-reports\"", StringComparison.Ordinal)]);
        Assert.DoesNotContain("Alternative provision visits", File.ReadAllText(Path.Combine(output, "areas", "southmere", "index.html")));
        Assert.DoesNotContain("Alternative provision visits", File.ReadAllText(Path.Combine(output, "outcomes", "index.html")));
        Assert.DoesNotContain("Alternative provision", File.ReadAllText(Path.Combine(output, "data", "inspections.csv")));
    }

    [Fact]
    public async Task Embargoed_and_draft_thematic_reports_appear_nowhere()
    {
        var output = await Build();

        var everything = string.Concat(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        Assert.DoesNotContain("Embargoed early years", everything);
        Assert.DoesNotContain("Draft transitions", everything);
        Assert.False(Directory.Exists(Path.Combine(output, "thematic", "2026-12-01-early-years")));
    }
}
