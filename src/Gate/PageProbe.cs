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

    public Task<FocusStep> StepAsync() => page.EvaluateAsync<FocusStep>("() => window.__sendSiteGate.step()");

    public Task<FocusedLink> FocusedSkipLinkAsync() =>
        page.EvaluateAsync<FocusedLink>("() => window.__sendSiteGate.focusedSkipLink()");

    public Task<int> SkipTargetStateAsync(string id) =>
        page.EvaluateAsync<int>("id => window.__sendSiteGate.skipTargetState(id)", id);

    public Task<bool> FocusIsPastSkipTargetAsync(string id) =>
        page.EvaluateAsync<bool>("id => window.__sendSiteGate.focusIsPastSkipTarget(id)", id);

    public Task<Overflow> OverflowAsync() => page.EvaluateAsync<Overflow>("() => window.__sendSiteGate.overflow()");

    /// <summary>Where focus is after a key press; <see cref="Key"/> is empty when nothing in the page has it.</summary>
    // Plain settable properties: Playwright fills the result objects by name and needs a parameterless constructor.
    public sealed class FocusStep
    {
        public string Key { get; set; } = "";
        public bool ChangedLook { get; set; }
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
