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

    public static async Task<IReadOnlyList<GateProblem>> RunAsync(PageProbe probe, string sitePath)
    {
        var expected = await probe.StartAsync();
        var problems = new List<GateProblem>();
        var visited = new List<string>();
        var cycled = false;
        await foreach (var step in probe.TabAsync(expected.Length + ExtraTabs))
        {
            if (visited.Count > 0 && step.Key == visited[^1])
            {
                problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, step.Key, "focus stays on this element when Tab is pressed"));
                return problems;
            }
            if (visited.Count == 0 && step.Key.Length == 0)
            {
                continue; // the first Tab can land on the browser itself on a busy machine; press again
            }
            if (step.Key.Length == 0 || (visited.Count > 0 && step.Key == visited[0]))
            {
                cycled = true; // past the last element, or round to the first again
                break;
            }
            if (visited.Contains(step.Key))
            {
                problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, step.Key,
                    $"Tab goes back to this element before reaching the end of the page: focus loops among {visited.Count - visited.IndexOf(step.Key)} elements"));
                return problems;
            }
            visited.Add(step.Key);
            if (!step.ChangedLook)
            {
                problems.Add(GateChecks.FocusVisible.Problem(sitePath, step.Key,
                    "looks the same with and without keyboard focus (no outline, box-shadow, background, colour or underline change)"));
            }
        }

        if (!cycled && expected.Length > 0)
        {
            problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, visited.LastOrDefault() ?? "",
                $"focus did not come back round after {expected.Length + ExtraTabs} presses of Tab"));
            return problems;
        }
        problems.AddRange(expected.Except(visited, StringComparer.Ordinal).Select(missed =>
            GateChecks.KeyboardReachable.Problem(sitePath, missed, "is interactive but never gets focus when tabbing through the page")));
        return problems;
    }
}
