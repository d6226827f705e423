using System.Text.RegularExpressions;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// Links to a section are shared for years: every id on a page is unique, every "link to this section"
/// control points at an id on its page, and two builds of the same input give every page the same ids.
/// </summary>
public sealed partial class AnchorStabilityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public AnchorStabilityTests()
    {
        input = SuccessionInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("class=\"govuk-link app-section-link\" href=\"#([^\"]+)\"")]
    private static partial Regex SectionLink();

    private async Task<Dictionary<string, List<string>>> BuildIds(string output)
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure);
        var root = folder.Combine(output);
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(root, file),
                file => Id().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList());
    }

    [Fact]
    public async Task Anchors_are_unique_on_each_page_and_the_same_in_two_builds()
    {
        var first = await BuildIds("output-1");
        var second = await BuildIds("output-2");

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (page, ids) in first)
        {
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{page} repeats an id: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            Assert.Equal(ids, second[page]);
            var html = File.ReadAllText(folder.Combine("output-1", page));
            foreach (var target in SectionLink().Matches(html).Select(m => m.Groups[1].Value))
            {
                Assert.Contains(target, ids);
            }
        }
    }

    [Fact]
    public async Task Headings_priority_actions_and_areas_for_improvement_have_visible_section_links()
    {
        await BuildIds("output");

        var report = File.ReadAllText(folder.Combine("output", "areas", "southmere", "reports", "2024-01-15-full-inspection", "index.html"));
        var links = SectionLink().Matches(report).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("areas-for-priority-action", links);
        Assert.Contains("priority-action-2", links);
        Assert.Contains("information-about-the-local-area-partnership", links); // a heading of the Markdown body
        Assert.Contains("cite-this-report", links);
        Assert.Contains("Link<span class=\"govuk-visually-hidden\"> to this section: Areas for priority action</span>", report);
        var northby = File.ReadAllText(folder.Combine("output", "areas", "northby", "reports", "2024-03-04-full-inspection", "index.html"));
        Assert.Contains("href=\"#area-for-improvement-1\"", northby);
        var area = File.ReadAllText(folder.Combine("output", "areas", "northby", "index.html"));
        Assert.Contains("to this section: What happens next", area);
        var about = File.ReadAllText(folder.Combine("output", "about", "index.html"));
        Assert.Contains("to this section: Who publishes this site", about);
    }
}
