using SendSite.Gate;

namespace SendSite.Tests.Gate;

/// <summary>
/// The gate with its cache, in Chromium: a run over unchanged bytes opens no page and finds what the first run
/// found; a changed stylesheet opens every page that loads it; a changed page opens that page alone; a run with
/// every result in the cache starts no browser at all.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class GateCacheRunTests(ChromiumFixture browser)
{
    private readonly string cache = Path.Combine(GateFixtures.NewTempFolder(), GateCache.DefaultFolderName);

    private GateOptions Options(string site) =>
        new(site, GateFixtures.NewTempFolder()) { ExceptionsFile = GateFixtures.NoExceptions(), CacheDirectory = cache, Parallelism = 2 };

    private Task<GateResult> RunGateAsync(string site) => AccessibilityGate.RunAsync(Options(site), TextWriter.Null, browser.Chromium);

    [Fact]
    public async Task A_run_with_every_result_in_the_cache_starts_no_browser_and_a_changed_page_starts_one()
    {
        var site = GeneratedSite.Write(areaPages: 1);
        Assert.True((await RunGateAsync(site)).Passed);
        var launches = 0;
        Task<ChromiumLauncher> CountLaunch()
        {
            launches++;
            return Task.FromResult(browser.Chromium);
        }

        // The launcher counts and hands back the fixture's browser; the runs' BrowserOnDemand is not disposed, so
        // that browser stays open for the other tests.
        var warm = await AccessibilityGate.RunAsync(Options(site), TextWriter.Null, BrowserOnDemand.Launching(CountLaunch));
        Assert.True(warm.Passed);
        Assert.Equal((0, 0), (launches, warm.PagesOpened));

        var about = Path.Combine(site, "about", "index.html");
        await File.WriteAllTextAsync(about, (await File.ReadAllTextAsync(about)).Replace("explains the site", "explains this site"));
        var changed = await AccessibilityGate.RunAsync(Options(site), TextWriter.Null, BrowserOnDemand.Launching(CountLaunch));
        Assert.Equal((1, 1), (launches, changed.PagesOpened));
    }

    [Fact]
    public async Task Unchanged_bytes_open_no_page_a_changed_stylesheet_opens_every_page_and_a_changed_page_opens_itself()
    {
        var site = GeneratedSite.Write(areaPages: 1);
        var pages = 3;

        var cold = await RunGateAsync(site);
        Assert.True(cold.Passed, string.Join("\n", cold.Problems));
        Assert.Equal(pages, cold.PagesOpened);

        var warm = await RunGateAsync(site);
        Assert.True(warm.Passed);
        Assert.Equal((pages, 0), (warm.PagesScanned.Count, warm.PagesOpened));

        await File.AppendAllTextAsync(Path.Combine(site, "style.css"), "\n/* changed */\n");
        Assert.Equal(pages, (await RunGateAsync(site)).PagesOpened);

        var about = Path.Combine(site, "about", "index.html");
        await File.WriteAllTextAsync(about, (await File.ReadAllTextAsync(about)).Replace("explains the site", "explains this site"));
        Assert.Equal(1, (await RunGateAsync(site)).PagesOpened);
    }

    [Fact]
    public async Task A_problem_found_once_is_found_again_from_the_cache_until_the_page_changes()
    {
        var site = GateFixtures.CopyOf("missing-alt");

        var cold = await RunGateAsync(site);
        var warm = await RunGateAsync(site);

        Assert.Equal(0, warm.PagesOpened);
        Assert.Equal(cold.Problems, warm.Problems);
        Assert.Contains(warm.Problems, problem => problem.Rule == "image-alt");
    }
}
