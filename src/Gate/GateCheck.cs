namespace SendSite.Gate;

/// <summary>A check the gate makes itself (axe cannot): its id as printed, the WCAG criterion and a page explaining it.</summary>
public sealed record GateCheck(string Id, string Criterion, string HelpUrl)
{
    public GateProblem Problem(string page, string selector, string message) =>
        new(page, Id, selector, Criterion, message, HelpUrl);
}
