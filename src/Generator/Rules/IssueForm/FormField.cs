namespace SendSite.Rules.IssueForm;

/// <summary>
/// One question of the plan form. <see cref="Label"/> is what GitHub writes as "### Label" in the issue's body,
/// so it is also how the body is read back and how problems name the field to the officer.
/// </summary>
public sealed record FormField(string Id, string Label, FormFieldKind Kind, string Description, bool Required)
{
    public IReadOnlyList<string> Options { get; init; } = [];
}
