using SendSite.Domain.Content;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// What `plan from-issue` made of an issue: the plan file it wrote (relative to the input folder) when the plan
/// is valid, the area it is for when that could be read (its owners decide who may send it), and every problem.
/// </summary>
public sealed record FromIssueResult(bool Valid, Area? Area, string? RelativePath, IReadOnlyList<FieldProblem> Problems);
