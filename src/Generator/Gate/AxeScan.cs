using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// Runs axe-core on a loaded page with WCAG 2.0, 2.1 and 2.2 A/AA plus best practice. Each failing element is
/// one problem, so an exception can name exactly the element it excuses.
/// </summary>
public static class AxeScan
{
    public const string TargetSizeRule = "target-size";

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static AxeRunOptions Options() => new()
    {
        RunOnly = RunOnlyOptions.Tags(Tags),
        // WCAG 2.2's 2.5.8 Target Size (Minimum): named so it stays on even if axe changes its default tags.
        Rules = new Dictionary<string, RuleOptions> { [TargetSizeRule] = new() { Enabled = true } },
        // Only violations are needed; asking for less keeps axe's answer small and quick.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath)
    {
        var result = await page.RunAxe(Options());
        return [.. result.Violations.SelectMany(violation => violation.Nodes.Select(node => new GateProblem(
            sitePath,
            violation.Id,
            node.Target?.ToString() ?? "",
            WcagCriterion.FromTags(violation.Tags),
            FirstSentence(violation.Help) + Detail(node),
            violation.HelpUrl)))];
    }

    private static string FirstSentence(string text) => text.TrimEnd('.');

    /// <summary>axe's own explanation of why this element failed (e.g. the contrast ratio found), when it gives one.</summary>
    private static string Detail(AxeResultNode node)
    {
        var message = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
            .Select(check => check.Message)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        return message is null ? "" : $": {message.ReplaceLineEndings(" ").Trim().TrimEnd('.')}";
    }
}
