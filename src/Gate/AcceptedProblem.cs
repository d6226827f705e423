namespace SendSite.Gate;

/// <summary>
/// One reviewed exception: a rule that may fail on one element, and the written reason it is accepted.
/// <see cref="Page"/> narrows it to one site-relative page; empty means every page (e.g. a shared header).
/// </summary>
public sealed record AcceptedProblem(string Rule, string Selector, string Reason, string Page)
{
    public bool Covers(GateProblem problem) =>
        problem.Rule == Rule
        && problem.Selector == Selector
        && (Page.Length == 0 || problem.Page == Page);
}
