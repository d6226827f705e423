using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Finder;

/// <summary>
/// One built <see cref="FinderInput"/> site, served on 127.0.0.1, and one Chromium, shared by every browser
/// test of the finder: building and launching are the slow steps.
/// </summary>
public sealed class FinderSite : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private StaticSiteServer? server;
    private ChromiumLauncher? chromium;

    public const float PatientTimeoutMs = 120_000;

    public string OutputFolder => folder.Combine("output");

    /// <summary>finder.json of a site with England's 153 areas (real names, no reports).</summary>
    public string EnglandIndexJson { get; private set; } = "";

    public StaticSiteServer Server => server ?? throw new InvalidOperationException("The site is not served yet.");

    public ChromiumLauncher Chromium => chromium ?? throw new InvalidOperationException("Chromium has not started.");

    public IBrowser Browser => Chromium.Browser;

    public async Task InitializeAsync()
    {
        var input = FinderInput.WriteTo(folder);
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, OutputFolder, Now) { RunGate = false }, TextWriter.Null);
        if (!result.Success)
        {
            throw new InvalidOperationException("The finder's fixture site did not build: " + result.Failure + string.Join("\n", result.Diagnostics));
        }
        var england = await SiteGenerator.BuildAsync(
            new BuildOptions(EnglandInput.WriteTo(folder), folder.Combine("england-output"), Now) { RunGate = false }, TextWriter.Null);
        if (!england.Success)
        {
            throw new InvalidOperationException("The England-size site did not build: " + england.Failure + string.Join("\n", england.Diagnostics));
        }
        EnglandIndexJson = File.ReadAllText(folder.Combine("england-output", "areas", "finder.json"));
        server = StaticSiteServer.Start(OutputFolder);
        chromium = await ChromiumLauncher.LaunchAsync();
    }

    /// <summary>A page in a fresh context, scripts on or off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        // The build machines are shared and sometimes very loaded: a page load can take far longer than
        // Playwright's 30 seconds there without anything being wrong.
        context.SetDefaultTimeout(PatientTimeoutMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        folder.Dispose();
    }
}
