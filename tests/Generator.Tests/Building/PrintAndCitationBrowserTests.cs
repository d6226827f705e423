using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Gate;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// In real Chromium, on a built report page: the citation gets the reader's access date and copies to the
/// clipboard with a spoken confirmation; without JavaScript the button stays hidden; on paper the permanent
/// address and dates show and the navigation and section links do not.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PrintAndCitationBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string ReportPath = "areas/northby/reports/2024-03-04-full-inspection/";
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

    private async Task<(IBrowserContext Context, IPage Page)> Open(bool javaScript)
    {
        var context = await chromium.Chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        if (javaScript)
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server!.BaseAddress.GetLeftPart(UriPartial.Authority) });
        }
        var page = await context.NewPageAsync();
        await page.GotoAsync(server!.UrlOf(ReportPath).AbsoluteUri);
        return (context, page);
    }

    [Fact]
    public async Task The_copy_button_copies_the_citation_with_the_readers_access_date_and_says_so()
    {
        var (context, page) = await Open(javaScript: true);
        await using var _ = context;

        var accessed = await page.Locator("[data-citation-accessed]").TextContentAsync();
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", accessed);
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" });
        Assert.True(await button.IsVisibleAsync());
        await button.ClickAsync();
        await page.Locator("[data-citation-status]").Filter(new() { HasText = "Citation copied." }).WaitForAsync(new() { Timeout = 5000 });
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        // The sample site says so wherever its citations travel (issue 16).
        Assert.StartsWith("[Sample data, not a real report] Ofsted and Care Quality Commission (CQC) (2024).", copied);
        Assert.EndsWith($"(accessed {accessed}).", copied);
    }

    [Fact]
    public async Task Without_javascript_the_citation_is_plain_text_and_the_button_is_hidden()
    {
        var (context, page) = await Open(javaScript: false);
        await using var _ = context;

        Assert.Equal("[the date you read it]", await page.Locator("[data-citation-accessed]").TextContentAsync());
        Assert.False(await page.Locator("[data-citation-copy]").IsVisibleAsync());
    }

    [Fact]
    public async Task On_paper_the_page_shows_its_address_and_dates_but_not_navigation_or_section_links()
    {
        var (context, page) = await Open(javaScript: true);
        await using var _ = context;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var printAddress = page.Locator(".app-print-only");
        Assert.True(await printAddress.IsVisibleAsync());
        Assert.Contains("https://example.org/send/" + ReportPath, await printAddress.TextContentAsync());
        Assert.True(await page.GetByText("10 May 2024").First.IsVisibleAsync());
        Assert.False(await page.Locator(".app-section-link").First.IsVisibleAsync());
        Assert.False(await page.Locator(".govuk-service-navigation__wrapper").IsVisibleAsync());
        Assert.False(await page.Locator(".govuk-breadcrumbs").IsVisibleAsync());
        Assert.False(await page.Locator("[data-citation-copy]").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        Assert.False(await printAddress.IsVisibleAsync());
        Assert.True(await page.Locator(".app-section-link").First.IsVisibleAsync());
    }
}
