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
    private readonly List<string> messages = [];

    private CspViolations(IPage page)
    {
        this.page = page;
        page.Console += OnConsole;
    }

    public static CspViolations Watch(IPage page) => new(page);

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error" && message.Text.Contains(Marker, StringComparison.Ordinal))
        {
            lock (messages)
            {
                messages.Add(message.Text.Split('\n')[0].Trim());
            }
        }
    }

    public IEnumerable<GateProblem> Problems(string sitePath)
    {
        lock (messages)
        {
            return [.. messages.Distinct(StringComparer.Ordinal).Select(text => GateChecks.ContentSecurityPolicy.Problem(sitePath, "", text))];
        }
    }

    public void Dispose() => page.Console -= OnConsole;
}
