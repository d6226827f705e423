namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// One problem with an issue, for the officer: the form's field it is in (null when it is not about one field),
/// what is wrong and how to fix it, in plain words. Warnings do not stop the plan.
/// </summary>
public sealed record FieldProblem(string? Field, string Message, string Fix, bool IsWarning = false);
