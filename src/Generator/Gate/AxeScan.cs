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

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static AxeRunOptions Options() => new()
    {
        Iframes = false,
        RunOnly = RunOnlyOptions.Tags(Tags),
        // WCAG 2.2's 2.5.8 Target Size (Minimum): named so it stays on even if axe changes its default tags.
        Rules = new Dictionary<string, RuleOptions> { [TargetSizeRule] = new() { Enabled = true } },
        // Only violations are needed; asking for less keeps axe's answer small and quick.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath)
    {
        // Legacy mode runs axe in the page in one call. The default mode finishes every run in a new blank
        // page of a new context, which more than doubled the time per page; our pages have no iframes for it
        // to gain anything from. The source is read from the package once and reused.
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete, but is still supported in this version
        var result = await page.RunAxeLegacy(context: null, Options(), AxeSource.Value);
#pragma warning restore CS0618
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
