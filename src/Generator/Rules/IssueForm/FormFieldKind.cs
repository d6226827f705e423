namespace SendSite.Rules.IssueForm;

/// <summary>The GitHub issue form element types the plan form uses (their names in the form's YAML).</summary>
public enum FormFieldKind
{
    Dropdown,
    Input,
    Textarea,
}
