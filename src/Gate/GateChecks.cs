namespace SendSite.Gate;

/// <summary>
/// Every check the gate adds to axe, in one place so ids in reports, tests and the exceptions file agree.
/// Criteria and links are the W3C's "Understanding WCAG 2.2" documents.
/// </summary>
public static class GateChecks
{
    private const string Understanding = "https://www.w3.org/WAI/WCAG22/Understanding/";

    public static readonly GateCheck KeyboardReachable = new("keyboard-reachable", "2.1.1", Understanding + "keyboard.html");
    public static readonly GateCheck KeyboardTrap = new("keyboard-trap", "2.1.2", Understanding + "no-keyboard-trap.html");
    public static readonly GateCheck FocusVisible = new("focus-visible", "2.4.7", Understanding + "focus-visible.html");
    public static readonly GateCheck SkipLink = new("skip-link", "2.4.1", Understanding + "bypass-blocks.html");
    public static readonly GateCheck Reflow = new("reflow-320", "1.4.10", Understanding + "reflow.html");
    public static readonly GateCheck NoScriptContent = new("content-without-javascript", "", "https://www.gov.uk/service-manual/technology/using-progressive-enhancement");
    public static readonly GateCheck BrokenLink = new("internal-link", "", "https://html.spec.whatwg.org/multipage/links.html");
    public static readonly GateCheck BrokenFragment = new("internal-fragment", "", "https://html.spec.whatwg.org/multipage/browsing-the-web.html#scroll-to-fragid");
    public static readonly GateCheck HtmlValid = new("html-valid", "4.1.1", "https://validator.w3.org/nu/about.html");
    public static readonly GateCheck PageLoad = new("page-load", "", "");
    /// <summary>The browser refused something the page's Content-Security-Policy does not allow (an inline script or style, another host).</summary>
    public static readonly GateCheck ContentSecurityPolicy = new("content-security-policy", "", "https://www.w3.org/TR/CSP3/#violation-events");
    public static readonly GateCheck Setup = new("gate-setup", "", "");
}
