using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Starts Debian's Chromium through Playwright's own driver (shipped in the NuGet package's .playwright folder).
/// Playwright's browser download cannot work on the build machines, so the executable is given explicitly and
/// Playwright's install is never called.
/// </summary>
public sealed class ChromiumLauncher : IAsyncDisposable
{
    public const string PathVariable = "CHROMIUM_PATH";
    public const string DefaultPath = "/usr/bin/chromium";

    // Quiet, deterministic and container-friendly: no sandbox (containers lack the namespaces), no GPU,
    // nothing phoning home while the gate measures pages.
    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // V8 without its optimising compilers (Maglev, TurboFan). Every page loads axe-core afresh and runs it once,
        // so optimising its hot functions costs more than it saves: measured on 25 bundled pages (issue 18), axe
        // took 5.6-6.8 s instead of 10.7-13.4 s and the renderer 12-13 s of CPU instead of 18-24 s. Only how fast
        // the scripts run changes, never what they do.
        "--js-flags=--no-opt --no-maglev",
    ];

    private readonly IPlaywright playwright;

    private ChromiumLauncher(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    /// <summary>The one browser every page context is opened in.</summary>
    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath;

    public static async Task<ChromiumLauncher> LaunchAsync()
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new GateSetupException(
                $"Chromium was not found at {executable} (set {PathVariable} to use another). {GateSetupException.SetupHint}");
        }

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or InvalidOperationException)
        {
            throw new GateSetupException(
                $"Playwright's driver could not start ({ex.Message}). The .playwright folder should sit next to the program; rebuild it with dotnet build.", ex);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = Arguments,
            });
            return new ChromiumLauncher(playwright, browser);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new GateSetupException($"Chromium at {executable} did not start: {FirstLine(ex.Message)}. {GateSetupException.SetupHint}", ex);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
