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
    private Task<ChromiumLauncher>? launching;

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

    /// <summary>Whether a browser of its own was asked for (and so started, or tried to).</summary>
    public bool Started => launching is not null;

    /// <summary>
    /// The browser, started by the first call (a later call gets the same start, finished or not, so the gate can
    /// start it early and use it when the first page needs it).
    /// </summary>
    /// <exception cref="GateSetupException">Chromium or Playwright's driver could not start.</exception>
    public Task<ChromiumLauncher> GetAsync() => shared is not null ? Task.FromResult(shared) : launching ??= launch();

    public async ValueTask DisposeAsync()
    {
        if (launching is null)
        {
            return;
        }
        try
        {
            await (await launching).DisposeAsync();
        }
        catch (GateSetupException)
        {
            // It never started: nothing to close.
        }
    }
}
