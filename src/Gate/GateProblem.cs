namespace SendSite.Gate;

/// <summary>
/// One failure found by the gate, with everything a person needs to find and fix it: the page (site-relative),
/// the rule or check that failed, the element, the WCAG success criterion it breaks and where to read more.
/// </summary>
public sealed record GateProblem(string Page, string Rule, string Selector, string Criterion, string Message, string HelpUrl)
{
    /// <summary>Results are sorted by page, then rule, then element, so every run prints the same order.</summary>
    public static readonly IComparer<GateProblem> Order = Comparer<GateProblem>.Create((a, b) =>
    {
        var byPage = string.CompareOrdinal(a.Page, b.Page);
        if (byPage != 0) return byPage;
        var byRule = string.CompareOrdinal(a.Rule, b.Rule);
        if (byRule != 0) return byRule;
        var bySelector = string.CompareOrdinal(a.Selector, b.Selector);
        return bySelector != 0 ? bySelector : string.CompareOrdinal(a.Message, b.Message);
    });

    /// <summary>The one-line form printed for each failure.</summary>
    public override string ToString()
    {
        var page = Page.Length == 0 ? "(site)" : Page;
        var criterion = Criterion.Length == 0 ? "" : $" [WCAG {Criterion}]";
        var selector = Selector.Length == 0 ? "" : $" at {Selector}";
        var help = HelpUrl.Length == 0 ? "" : $" See {HelpUrl}";
        return $"{page}: {Rule}{criterion}{selector}: {Message}.{help}";
    }
}
