using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280px screen zoomed to 400%) the page must not scroll sideways.
/// </summary>
public static class ReflowCheck
{
    public const int Width = 320;
    public const int Height = 640;

    /// <summary>Narrows the page's viewport, reloads it and measures. The page is left narrow.</summary>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath)
    {
        await page.SetViewportSizeAsync(Width, Height);
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
        var probe = await PageProbe.InstallAsync(page);
        var overflow = await probe.OverflowAsync();
        if (overflow.ScrollWidth <= overflow.ClientWidth)
        {
            return [];
        }
        var message = $"the page is {overflow.ScrollWidth}px wide at a {overflow.ClientWidth}px viewport, so it scrolls sideways";
        return overflow.Culprits.Length == 0
            ? [GateChecks.Reflow.Problem(sitePath, "html", message)]
            : [.. overflow.Culprits.Select(culprit => GateChecks.Reflow.Problem(sitePath, culprit, message + "; this element sticks out"))];
    }
}
