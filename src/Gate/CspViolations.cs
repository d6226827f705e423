using Microsoft.Playwright;

namespace SendSite.Gate;

/// <summary>
/// What the browser refused under the page's Content-Security-Policy while the page loaded and axe ran: Chromium
/// logs each refusal as a console error. A page that needs something the policy forbids (an inline script or
/// style, an image from another host) fails the gate, so the policy is never loosened by a page quietly breaking.
/// </summary>
public sealed class CspViolations : IDisposable
{
    private const string Marker = "Content Security Policy";
    private readonly IPage page;
    private readonly Func<string, bool> isGateFile;
    private readonly List<string> messages = [];

    private CspViolations(IPage page, Func<string, bool> isGateFile)
    {
        this.page = page;
        this.isGateFile = isGateFile;
        page.Console += OnConsole;
    }

    public static CspViolations Watch(IPage page) => new(page, _ => false);

    /// <param name="isGateFile">
    /// Whether a URL is the gate's own (axe-core, added to the page by the gate): a policy that refuses it says
    /// nothing about the site, and the gate then gives the page axe another way.
    /// </param>
    public static CspViolations Watch(IPage page, Func<string, bool> isGateFile) => new(page, isGateFile);

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error" && message.Text.Contains(Marker, StringComparison.Ordinal) && !NamesGateFile(message.Text))
        {
            lock (messages)
            {
                messages.Add(message.Text.Split('\n')[0].Trim());
            }
        }
    }

    // Chromium's message quotes the refused URL: "Loading the script 'http://...' violates the following ...".
    private bool NamesGateFile(string text) =>
        text.Split('\'', '"').Any(isGateFile);

    public IEnumerable<GateProblem> Problems(string sitePath)
    {
        lock (messages)
        {
            return [.. messages.Distinct(StringComparer.Ordinal).Select(text => GateChecks.ContentSecurityPolicy.Problem(sitePath, "", text))];
        }
    }

    public void Dispose() => page.Console -= OnConsole;
}
