using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// The build reads each Markdown body from its file when it renders or checks it, and writes pages as they are
/// made: a body's problems must still stop the build (whether or not a page shows it), be reported once, and
/// leave output/ as it was.
/// </summary>
public sealed class StreamingBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private const string PublishedReport = "input/reports/northby/2024-03-04-full-inspection.md";
    private readonly TempFolder folder = new();
    private readonly string input;

    public StreamingBuildTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task<BuildResult> Build() =>
        await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

    private void AssertOutputIs(Dictionary<string, byte[]> snapshot)
    {
        var after = Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(snapshot.Keys.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.All(after, f => Assert.Equal(snapshot[f], File.ReadAllBytes(f)));
        Assert.Empty(Directory.GetDirectories(folder.Path, "output.staging*"));
    }

    [Fact]
    public async Task Unsafe_markdown_in_a_published_report_is_reported_once_and_publishes_nothing()
    {
        Assert.True((await Build()).Success);
        var snapshot = Snapshot();
        var report = File.ReadAllText(folder.Combine(PublishedReport));
        folder.Write(PublishedReport, report + "\n[click](javascript:alert(1))\n");

        var result = await Build();

        Assert.False(result.Success);
        Assert.Equal("The input has errors; nothing was built.", result.Failure);
        var problem = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
        Assert.Equal(PublishedReport["input/".Length..], problem.Location.File);
        Assert.Equal(report.Split('\n').Length + 1, problem.Location.Line);
        AssertOutputIs(snapshot);
    }

    [Fact]
    public async Task Unsafe_markdown_in_a_draft_no_page_shows_still_stops_the_build()
    {
        Assert.True((await Build()).Success);
        var snapshot = Snapshot();
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft") + "\n<script>alert(1)</script>\n");

        var result = await Build();

        Assert.False(result.Success);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml && d.Location.File == "reports/northby/2025-06-02-full-inspection.md");
        AssertOutputIs(snapshot);
    }

    [Fact]
    public async Task A_rule_error_elsewhere_still_reports_the_bodies_problems_in_the_same_run()
    {
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("code: E99000103", "code: nonsense"));
        folder.Write(PublishedReport, File.ReadAllText(folder.Combine(PublishedReport)) + "\n<script>alert(1)</script>\n");

        var result = await Build();

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public async Task The_alternative_provision_section_is_checked_and_its_body_reported_once()
    {
        // This report's body is rendered twice (for the rule's headings, then for its page): one problem, once.
        var report = File.ReadAllText(folder.Combine(PublishedReport))
            .Replace("status: approved", "status: approved\nalternative_provision_section: no-such-heading");
        folder.Write(PublishedReport, report + "\n<b>bold</b>\n");

        var result = await Build();

        Assert.False(result.Success);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownAlternativeProvisionSection);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml);
    }

    [Fact]
    public async Task Every_page_is_written_and_two_builds_are_byte_identical()
    {
        Assert.True((await Build()).Success);
        var first = Snapshot();
        Assert.Contains(first.Keys, f => f.EndsWith("areas/northby/reports/2024-03-04-full-inspection/index.html", StringComparison.Ordinal));

        Assert.True((await Build()).Success);

        AssertOutputIs(first);
    }
}
