using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Site.Session;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// site.yml's image_hosts (issue 14): a report may show an https image from a listed host, and every page's
/// Content-Security-Policy allows exactly those hosts in img-src; without the list nothing but the site is allowed.
/// </summary>
public sealed class ImageHostsTests : IDisposable
{
    private const string ReportPage = "areas/northby/reports/2024-03-04-full-inspection/index.html";
    private const string StrictImages = "img-src 'self' data:; object-src";
    private readonly TempFolder folder = new();
    private readonly string input;

    public ImageHostsTests()
    {
        input = SampleInput.WriteTo(folder);
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md",
            SampleInput.NorthbyReport + "\n\n![A chart of waiting times by month](https://images.example.org/waits.png)\n");
    }

    public void Dispose() => folder.Dispose();

    private async Task<BuildResult> Build() =>
        await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), PipelineHarness.DefaultNow) { RunGate = false }, TextWriter.Null);

    private IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(folder.Combine("output"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Where(html => !html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));

    [Fact]
    public async Task A_listed_host_is_allowed_in_the_body_and_in_every_pages_policy()
    {
        folder.Write("input/site.yml", SampleInput.SiteYml + "\nimage_hosts: [static.example.net, images.example.org]\n");

        var result = await Build();

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        Assert.Contains("<img src=\"https://images.example.org/waits.png\" alt=\"A chart of waiting times by month\">",
            File.ReadAllText(folder.Combine("output", ReportPage)), StringComparison.Ordinal);
        Assert.All(Pages(), html => Assert.Contains(
            "img-src 'self' data: https://images.example.org https://static.example.net; object-src", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_image_hosts_the_image_is_an_error_and_the_policy_allows_only_the_site()
    {
        var result = await Build();

        Assert.False(result.Success);
        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(new SourceLocation("reports/northby/2024-03-04-full-inspection.md", 16, 1), problem.Location);

        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport);
        Assert.True((await Build()).Success);
        Assert.All(Pages(), html => Assert.Contains(StrictImages, html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://images.example.org")]
    [InlineData("images.example.org:8443")]
    [InlineData("images.example.org/path")]
    [InlineData("'*'")]
    [InlineData("localhost")]
    public void A_host_that_is_not_a_plain_host_name_is_refused_at_its_line(string host)
    {
        folder.Write("input/site.yml", SampleInput.SiteYml + $"\nimage_hosts:\n  - {host}\n");

        var session = SiteSession.Load(input, BodyMode.Streamed, PipelineHarness.DefaultNow);

        var problem = Assert.Single(session.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site.yml", problem.Location.File);
        Assert.Equal(8, problem.Location.Line);
    }
}
