namespace SendSite.Gate;

/// <summary>
/// The keyboard check's reasoning over the Tab stops seen so far, one step at a time, whether the steps come one
/// per round trip or many at once: a trap is focus staying put or coming back early; the walk is over when focus
/// leaves the page or returns to the first element.
/// </summary>
public sealed class TabWalk(string sitePath)
{
    private readonly List<GateProblem> problems = [];
    private readonly List<string> visited = [];

    public bool Trapped { get; private set; }

    public bool Cycled { get; private set; }

    public bool IsOver => Trapped || Cycled;

    public void Take(PageProbe.FocusStep step)
    {
        if (IsOver)
        {
            return;
        }
        if (visited.Count > 0 && step.Key == visited[^1])
        {
            problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, step.Key, "focus stays on this element when Tab is pressed"));
            Trapped = true;
            return;
        }
        if (visited.Count == 0 && step.Key.Length == 0)
        {
            return; // the first Tab can land on the browser itself on a busy machine; the next press tries again
        }
        if (step.Key.Length == 0 || (visited.Count > 0 && step.Key == visited[0]))
        {
            Cycled = true; // past the last element, or round to the first again
            return;
        }
        if (visited.Contains(step.Key))
        {
            problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, step.Key,
                $"Tab goes back to this element before reaching the end of the page: focus loops among {visited.Count - visited.IndexOf(step.Key)} elements"));
            Trapped = true;
            return;
        }
        visited.Add(step.Key);
        if (!step.ChangedLook)
        {
            problems.Add(GateChecks.FocusVisible.Problem(sitePath, step.Key,
                "looks the same with and without keyboard focus (no outline, box-shadow, background, colour or underline change)"));
        }
    }

    /// <summary>The problems found, once the presses ran out or the walk ended.</summary>
    public IReadOnlyList<GateProblem> Finish(IReadOnlyList<string> expected, int presses)
    {
        if (Trapped)
        {
            return problems;
        }
        if (!Cycled && expected.Count > 0)
        {
            problems.Add(GateChecks.KeyboardTrap.Problem(sitePath, visited.LastOrDefault() ?? "",
                $"focus did not come back round after {presses} presses of Tab"));
            return problems;
        }
        return [.. problems, .. expected.Except(visited, StringComparer.Ordinal).Select(missed =>
            GateChecks.KeyboardReachable.Problem(sitePath, missed, "is interactive but never gets focus when tabbing through the page"))];
    }
}
