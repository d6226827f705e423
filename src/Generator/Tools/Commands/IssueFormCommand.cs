using System.CommandLine;
using SendSite.Rules.IssueForm;
using SendSite.Tools.Authoring.FromIssue;

namespace SendSite.Tools.Commands;

/// <summary>
/// `issue-form [--input input]`: writes .github/ISSUE_TEMPLATE/submit-a-plan.yml beside the input folder, with the
/// areas of areas.yml in its dropdown. `validate` fails (SEND323/324) while the committed form differs.
/// </summary>
public static class IssueFormCommand
{
    public static Command Create(TextWriter? output = null)
    {
        var input = CommonOptions.Input();
        var command = new Command("issue-form", $"Writes {PlanFormYaml.RelativePath}, the form local areas send plans with, from areas.yml.") { input };
        command.SetAction(parsed => RegistryFileWriter.Write(
            parsed.GetValue(input)!,
            PlanFormYaml.RelativePath,
            content => (PlanFormLocation.For(parsed.GetValue(input)!).FilePath, PlanFormYaml.Generate(content.Areas)),
            (content, path) => $"Wrote {path} with {content.Areas.Count} areas.",
            output ?? Console.Out));
        return command;
    }
}
