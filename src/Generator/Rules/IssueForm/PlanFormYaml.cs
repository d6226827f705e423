using System.Text;
using SendSite.Domain.Content;
using SendSite.Input.Yaml;

namespace SendSite.Rules.IssueForm;

/// <summary>
/// Writes .github/ISSUE_TEMPLATE/submit-a-plan.yml, GitHub's issue form for sending a plan without editing a
/// file. Generated, like CODEOWNERS, because its area list comes from areas.yml; `validate` fails while the
/// committed file differs (SEND323). The label it sets is what the plan-from-issue workflow listens for.
/// </summary>
public static class PlanFormYaml
{
    public const string RelativePath = ".github/ISSUE_TEMPLATE/submit-a-plan.yml";
    public const string Command = "dotnet run --project src/Generator -- issue-form";
    public const string Label = "plan submission";

    public static string Generate(IEnumerable<Area> areas)
    {
        var text = new StringBuilder()
            .Append("# Generated from input/areas.yml by `").Append(Command).Append("`: do not edit by hand.\n")
            .Append("# The plan-from-issue workflow turns an issue made with this form into a plan file and a pull request.\n")
            .Append("name: Submit a plan\n")
            .Append("description: Send your area's SEND strategic plan or priority action plan by filling in a form, without editing any files.\n")
            .Append("title: \"Plan: \"\n")
            .Append($"labels: [{Quoted(Label)}]\n")
            .Append("body:\n")
            .Append("  - type: markdown\n")
            .Append("    attributes:\n")
            .Append("      value: |\n")
            .Append("        Fill in one box for each part of your plan. You can use simple formatting: start a line with \"- \" for a list, or \"### \" for a small heading.\n")
            .Append("        Do not paste HTML. When you select \"Create\", the plan is checked within a few minutes and a reply is added below, either with a link to a preview or with a list of anything to fix.\n")
            .Append("        To fix something, edit this issue (the three dots at its top right, then Edit): it is checked again.\n");
        foreach (var field in PlanForm.Fields(areas))
        {
            text.Append($"  - type: {field.Kind.ToString().ToLowerInvariant()}\n")
                .Append($"    id: {field.Id}\n")
                .Append("    attributes:\n")
                .Append($"      label: {Quoted(field.Label)}\n")
                .Append($"      description: {Quoted(field.Description)}\n");
            if (field.Options.Count > 0)
            {
                text.Append("      options:\n");
                foreach (var option in field.Options)
                {
                    text.Append($"        - {Quoted(option)}\n");
                }
            }
            text.Append("    validations:\n")
                .Append($"      required: {(field.Required ? "true" : "false")}\n");
        }
        return text.ToString();
    }

    private static string Quoted(string value) => YamlQuoting.DoubleQuoted(value);
}
