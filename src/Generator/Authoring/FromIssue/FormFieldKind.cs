namespace SendSite.Authoring.FromIssue;

/// <summary>The GitHub issue form element types the plan form uses (their names in the form's YAML).</summary>
public enum FormFieldKind
{
    Dropdown,
    Input,
    Textarea,
}
