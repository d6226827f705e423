using SendSite.Rules.IssueForm;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// The answers read from an issue's body, by field id: null for a field left empty ("_No response_"). A field
/// whose "### Label" heading is not in the body at all is in <see cref="Missing"/> (the form was changed, or
/// the issue was not made with it).
/// </summary>
public sealed record IssueAnswers(IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FormField> Missing)
{
    public string? this[FormField field] => Values.GetValueOrDefault(field.Id);
}
