using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280px screen zoomed to 400%) the page must not scroll sideways.
/// One measurement, cheap enough for every page: narrow the viewport (media queries and the layout follow it),
/// measure, and widen it again for the next page in the same tab.
/// </summary>
public static class ReflowCheck
{
    public const int Width = 320;
    public const int Height = 640;

    /// <param name="restore">The viewport to give the tab back at.</param>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath, ViewportSize restore)
    {
        await page.SetViewportSizeAsync(Width, Height);
        var probe = await PageProbe.InstallAsync(page);
        var overflow = await probe.OverflowAsync();
        await page.SetViewportSizeAsync(restore.Width, restore.Height);
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
