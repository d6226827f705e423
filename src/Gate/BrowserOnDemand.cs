namespace SendSite.Gate;

/// <summary>
/// The browser a gate run opens pages in, started only when the first page needs it: a rebuild whose every result
/// comes from the cache never starts Chromium or Playwright's driver, which costs seconds on its own. A browser the
/// caller shares (the tests') is used as it is and left running.
/// </summary>
internal sealed class BrowserOnDemand : IAsyncDisposable
{
    private readonly ChromiumLauncher? shared;
    private readonly Func<Task<ChromiumLauncher>> launch;
    private ChromiumLauncher? launched;

    private BrowserOnDemand(ChromiumLauncher? shared, Func<Task<ChromiumLauncher>> launch)
    {
        this.shared = shared;
        this.launch = launch;
    }

    /// <summary>Launches a browser of its own on first use, and closes it on dispose.</summary>
    /// <param name="launch">How to start it; Debian's Chromium unless a test says otherwise.</param>
    public static BrowserOnDemand Launching(Func<Task<ChromiumLauncher>>? launch = null) => new(null, launch ?? ChromiumLauncher.LaunchAsync);

    /// <summary>Uses the caller's browser, which outlives the run.</summary>
    public static BrowserOnDemand Sharing(ChromiumLauncher chromium) => new(chromium, () => Task.FromResult(chromium));

    /// <exception cref="GateSetupException">Chromium or Playwright's driver could not start.</exception>
    public async Task<ChromiumLauncher> GetAsync() => shared ?? (launched ??= await launch());

    public async ValueTask DisposeAsync()
    {
        if (launched is not null)
        {
            await launched.DisposeAsync();
        }
    }
}
