using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// The bundled input/ built once (without the gate) and served on 127.0.0.1, for browser tests of what a
/// visitor meets on the real sample site: its pages, in the sizes and modes people use.
/// </summary>
public sealed class BundledSiteServed : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private StaticSiteServer? server;

    public const float PatientTimeoutMs = 120_000;

    public string Output => folder.Combine("output");

    public StaticSiteServer Server => server ?? throw new InvalidOperationException("The site is not served yet.");

    public async Task InitializeAsync()
    {
        var result = await SiteGenerator.BuildAsync(
            new BuildOptions(RepositoryRoot.Combine("input"), Output, BundledSiteBuild.Now) { RunGate = false }, TextWriter.Null);
        if (!result.Success)
        {
            throw new InvalidOperationException(result.Failure + string.Join("\n", result.Diagnostics));
        }
        server = StaticSiteServer.Start(Output);
    }

    /// <summary>Every HTML page of the built site, as site paths ("areas/kestermoor/"; "404.html").</summary>
    public IReadOnlyList<string> PagePaths() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Select(path => path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)];

    /// <summary>The slugs of the current areas: the folders under areas/ that have an area page.</summary>
    public IReadOnlyList<string> AreaSlugs() =>
        [.. Directory.EnumerateDirectories(Path.Combine(Output, "areas"))
            .Where(dir => File.Exists(Path.Combine(dir, "index.html")) && File.ReadAllText(Path.Combine(dir, "index.html")).Contains("data-template=\"area\"", StringComparison.Ordinal))
            .Select(dir => Path.GetFileName(dir)!)
            .Order(StringComparer.Ordinal)];

    /// <summary>A page in a fresh context of the given size, scripts on or off.</summary>
    public async Task<IPage> NewPageAsync(IBrowser browser, int width, int height, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // The build machines are shared and sometimes very loaded: a load can take far longer than 30 seconds.
        context.SetDefaultTimeout(PatientTimeoutMs);
        return await context.NewPageAsync();
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return server is null ? Task.CompletedTask : server.DisposeAsync().AsTask();
    }
}
