using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace SendSite.Gate;

/// <summary>
/// Runs axe-core on a loaded page with WCAG 2.0, 2.1 and 2.2 A/AA plus best practice. Each failing element is
/// one problem, so an exception can name exactly the element it excuses.
/// </summary>
public static class AxeScan
{
    public const string TargetSizeRule = "target-size";

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    // The branding Deque's Playwright package gives axe, so help links keep the same ?application= as before.
    private const string Branding = "axe-core-playwright-nuget";

    /// <summary>
    /// axe-core from the Deque package, followed by the same configuration its legacy run made. The gate's server
    /// serves it (<see cref="StaticSiteServer.AxeScript"/>) and each page about to be scanned loads it as a script, so
    /// only pages that run axe pay for it (not the Tab walk's and skip link's loads), and Chromium compiles it once
    /// per renderer instead of on every load as an init script.
    /// </summary>
    private static readonly Lazy<string> Script = new(() =>
        new BundledAxeScriptProvider().GetScript() +
        $"\n;if (window.axe) {{ window.axe.configure({{ branding: {JsonSerializer.Serialize(Branding)} }}); }}\n");

    private static readonly Lazy<byte[]> ScriptBytes = new(() => Encoding.UTF8.GetBytes(Script.Value));

    /// <summary>axe-core and its configuration, as the gate's server sends it.</summary>
    internal static byte[] SourceBytes => ScriptBytes.Value;

    // Adds axe to the page as a script from the gate's server, and takes the element out again once it has run so
    // the page's document is as it was. False when the page's policy (or anything else) refused the script.
    private const string LoadScript = """
        url => new Promise(resolve => {
            try {
                const script = document.createElement('script');
                script.src = url;
                script.onload = () => { script.remove(); resolve(true); };
                script.onerror = () => { script.remove(); resolve(false); };
                (document.head || document.documentElement).append(script);
            } catch {
                resolve(false);
            }
        })
        """;

    private static readonly Lazy<string> OptionsJson = new(() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["iframes"] = false,
        ["runOnly"] = new Dictionary<string, object> { ["type"] = "tag", ["values"] = Tags },
        // WCAG 2.2's 2.5.8 Target Size (Minimum): named so it stays on even if axe changes its default tags.
        ["rules"] = new Dictionary<string, object> { [TargetSizeRule] = new Dictionary<string, bool> { ["enabled"] = true } },
        // Only violations are needed; asking for less keeps axe's answer small and quick.
        ["resultTypes"] = new[] { "violations" },
    }));

    // The answer comes back as one JSON string: Deque's AxeResult reads it exactly as its own runner did.
    private const string RunScript = """
        async options => {
            if (!window.axe) {
                throw new Error('axe-core is not loaded in this page');
            }
            return JSON.stringify(await window.axe.run(document, JSON.parse(options)));
        }
        """;

    /// <summary>axe-core's source (its version with it) and the rules asked for: a result is only as good as these.</summary>
    public static string RuleSet => Script.Value + "\n" + OptionsJson.Value;

    /// <summary>Makes axe available in every page the context opens from now on (for pages not served by the gate).</summary>
    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script.Value);

    /// <summary>Runs axe in a page of a context <see cref="InstallAsync"/> prepared.</summary>
    public static Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath) => RunAsync(page, sitePath, null);

    /// <summary>
    /// Runs axe in a page, first adding it from <paramref name="script"/> (the gate's server, same origin as the page)
    /// when given. A page whose policy refuses that script still gets axe: its source is then evaluated through the
    /// driver, which a page's policy does not govern (as the init script was not).
    /// </summary>
    public static async Task<IReadOnlyList<GateProblem>> RunAsync(IPage page, string sitePath, Uri? script)
    {
        if (script is not null && !await page.EvaluateAsync<bool>(LoadScript, script.ToString()))
        {
            await page.EvaluateAsync(Script.Value);
        }
        var json = await page.EvaluateAsync<string>(RunScript, OptionsJson.Value);
        var result = new AxeResult(JObject.Parse(json));
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
