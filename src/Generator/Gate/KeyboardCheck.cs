namespace SendSite.Gate;

/// <summary>
/// Presses Tab through the page as a keyboard user would. Focus must leave every element and come back round
/// (no trap), every interactive element must get focus on the way (reachable), and each must look different
/// when it has focus (a visible indicator).
/// </summary>
public static class KeyboardCheck
{
    // Room for elements the probe did not expect (e.g. scrollable regions Chromium makes focusable).
    private const int ExtraTabs = 10;

    /// <summary>
    /// Tabs pressed before the recorded steps are read back. A page with a thousand links (the site map) took two
    /// driver round trips per Tab when each step was asked for; now it is one per Tab and one per batch.
    /// </summary>
    private const int Batch = 25;

    public static async Task<IReadOnlyList<GateProblem>> RunAsync(PageProbe probe, string sitePath)
    {
        var expected = await probe.StartAsync();
        var presses = expected.Length + ExtraTabs;
        var walk = await WalkInBatchesAsync(probe, sitePath, presses);
        if (walk is null)
        {
            // The page did not record one step per Tab (a key release went elsewhere, or a script took the
            // listener's events): walk again from the top, asking for each step, as a keyboard user sees it.
            expected = await probe.StartAsync();
            walk = await WalkStepByStepAsync(probe, sitePath, presses);
        }
        return walk.Finish(expected, presses);
    }

    private static async Task<TabWalk?> WalkInBatchesAsync(PageProbe probe, string sitePath, int presses)
    {
        var walk = new TabWalk(sitePath);
        await probe.StartRecordingAsync();
        try
        {
            for (var pressed = 0; pressed < presses && !walk.IsOver;)
            {
                var count = Math.Min(Batch, presses - pressed);
                for (var i = 0; i < count; i++)
                {
                    await probe.PressAsync(PageProbe.TabKey);
                }
                pressed += count;
                var steps = await probe.TakeRecordedAsync();
                if (steps.Length != count)
                {
                    return null;
                }
                foreach (var step in steps)
                {
                    walk.Take(step);
                }
            }
            return walk;
        }
        finally
        {
            await probe.StopRecordingAsync();
        }
    }

    private static async Task<TabWalk> WalkStepByStepAsync(PageProbe probe, string sitePath, int presses)
    {
        var walk = new TabWalk(sitePath);
        for (var press = 0; press < presses && !walk.IsOver; press++)
        {
            await probe.PressAsync(PageProbe.TabKey);
            walk.Take(await probe.StepAsync());
        }
        return walk;
    }
}
