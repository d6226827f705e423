using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// The C# side of Scripts/page-probe.js (keyboard, skip link and reflow): installs it on a loaded page and calls its functions. The script
/// is embedded in the assembly so the gate runs from any folder.
/// </summary>
public sealed class PageProbe
{
    public const string TabKey = "Tab";
    public const string EnterKey = "Enter";
    private const string ScriptResource = "SendSite.Gate.Scripts.page-probe.js";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PageProbe).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"{ScriptResource} is not embedded; check Generator.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private readonly IPage page;

    private PageProbe(IPage page) => this.page = page;

    public static async Task<PageProbe> InstallAsync(IPage page)
    {
        await page.EvaluateAsync<bool>(Script.Value);
        return new PageProbe(page);
    }

    /// <summary>Clears focus and returns the Tab stops expected, in document order, by their selectors.</summary>
    public Task<string[]> StartAsync() => page.EvaluateAsync<string[]>("() => window.__sendSiteGate.start()");

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    /// <summary>
    /// Presses Tab up to <paramref name="presses"/> times and yields where focus is after each press, in order; the
    /// caller stops the walk by leaving the loop. Real key presses (so a page's own key handlers see them, as a
    /// trap's do), sent to Chromium <see cref="TabBatch"/> at a time without waiting for each to be handled, and
    /// recorded inside the page as each one goes down: one round trip through the driver per batch, not two per press.
    /// </summary>
    public async IAsyncEnumerable<FocusStep> TabAsync(int presses)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        try
        {
            await page.EvaluateAsync("() => window.__sendSiteGate.recordTabs()");
            for (var sent = 0; sent < presses;)
            {
                var batch = Math.Min(TabBatch, presses - sent);
                await Task.WhenAll(Enumerable.Range(0, batch).SelectMany(_ => TabPress.Select(key => devTools.SendAsync(DispatchKeyEvent, key))));
                sent += batch;
                var taken = await page.EvaluateAsync<TabSteps>("() => window.__sendSiteGate.takeTabSteps()");
                if (taken.Pressed != batch)
                {
                    throw new PlaywrightException($"the page saw {taken.Pressed} of {batch} presses of Tab");
                }
                foreach (var step in taken.Steps)
                {
                    yield return step;
                }
            }
        }
        finally
        {
            await devTools.DetachAsync();
        }
    }

    /// <summary>
    /// Presses sent at once. Fewer costs round trips; more costs only presses past the end of a short walk, which are
    /// harmless: each press is handled before the batch's call returns, and the tab's next scan loads a new document.
    /// </summary>
    private const int TabBatch = 40;

    private const string DispatchKeyEvent = "Input.dispatchKeyEvent";

    // What Playwright's own keyboard sends for Tab: a key with no text is a raw key down.
    private static readonly Dictionary<string, object>[] TabPress =
    [
        new() { ["type"] = "rawKeyDown", ["key"] = TabKey, ["code"] = TabKey, ["windowsVirtualKeyCode"] = 9 },
        new() { ["type"] = "keyUp", ["key"] = TabKey, ["code"] = TabKey, ["windowsVirtualKeyCode"] = 9 },
    ];

    public Task<FocusedLink> FocusedSkipLinkAsync() =>
        page.EvaluateAsync<FocusedLink>("() => window.__sendSiteGate.focusedSkipLink()");

    public Task<int> SkipTargetStateAsync(string id) =>
        page.EvaluateAsync<int>("id => window.__sendSiteGate.skipTargetState(id)", id);

    public Task<bool> FocusIsPastSkipTargetAsync(string id) =>
        page.EvaluateAsync<bool>("id => window.__sendSiteGate.focusIsPastSkipTarget(id)", id);

    /// <summary>Makes the next Tab start from the top of the page again, as after a fresh load; false if something kept focus.</summary>
    public Task<bool> ResetFocusStartAsync() => page.EvaluateAsync<bool>("() => window.__sendSiteGate.resetFocusStart()");

    public Task<Overflow> OverflowAsync() => page.EvaluateAsync<Overflow>("() => window.__sendSiteGate.overflow()");

    /// <summary>Where focus is after a key press; <see cref="Key"/> is empty when nothing in the page has it.</summary>
    // Plain settable properties: Playwright fills the result objects by name and needs a parameterless constructor.
    public sealed class FocusStep
    {
        public string Key { get; set; } = "";
        public bool ChangedLook { get; set; }
    }

    public sealed class TabSteps
    {
        public int Pressed { get; set; }
        public FocusStep[] Steps { get; set; } = [];
    }

    public sealed class FocusedLink
    {
        public string Key { get; set; } = "";
        public bool IsSkipLink { get; set; }
        public string TargetId { get; set; } = "";
    }

    /// <summary>The page's width against the viewport's, and the outermost elements that stick out.</summary>
    public sealed class Overflow
    {
        public int ScrollWidth { get; set; }
        public int ClientWidth { get; set; }
        public string[] Culprits { get; set; } = [];
    }
}
