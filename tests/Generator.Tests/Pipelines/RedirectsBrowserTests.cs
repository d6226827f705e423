using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Gate;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// In real Chromium, an old address of a renamed area's report: with a #fragment it lands on that section of the
/// successor's report (a meta refresh alone would drop the fragment); without JavaScript the meta refresh still
/// takes the reader to the report.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class RedirectsBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string OldReport = "areas/old-southmere/reports/2024-01-15-full-inspection/";
    private const string NewReport = "/areas/southmere/reports/2024-01-15-full-inspection/";
    private const string Section = "areas-for-priority-action";
    private readonly TempFolder folder = new();
    private StaticSiteServer? server;

    public async Task InitializeAsync()
    {
        var input = SampleInput.WriteTo(folder);
        var result = await SiteGenerator.BuildAsync(
            new BuildOptions(input, folder.Combine("output"), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) { RunGate = false },
            TextWriter.Null);
        Assert.True(result.Success, result.Failure);
        server = StaticSiteServer.Start(folder.Combine("output"));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        folder.Dispose();
    }

    private async Task<Uri> LandAsync(bool javaScript, string fragment)
    {
        await using var context = await chromium.Chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server!.UrlOf(OldReport).AbsoluteUri + fragment);
        await page.WaitForURLAsync(url => url.Contains(NewReport, StringComparison.Ordinal), new() { Timeout = 10_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (javaScript && fragment.Length > 0)
        {
            Assert.Equal(Section, await page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id"));
        }
        return new Uri(page.Url);
    }

    [Fact]
    public async Task An_old_address_with_a_fragment_lands_on_that_section_of_the_successors_page()
    {
        var landed = await LandAsync(javaScript: true, "#" + Section);

        Assert.Equal((NewReport, "#" + Section), (landed.AbsolutePath, landed.Fragment));
    }

    [Fact]
    public async Task Without_javascript_the_meta_refresh_still_takes_the_reader_to_the_successors_page()
    {
        var landed = await LandAsync(javaScript: false, "");

        Assert.Equal(NewReport, landed.AbsolutePath);
    }
}
