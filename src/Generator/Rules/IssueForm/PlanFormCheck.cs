using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.IssueForm;

/// <summary>
/// Fails validation when the committed issue form is missing or is not what `issue-form` would write from
/// areas.yml, so a new or renamed area is never missing from its dropdown. Checked only in a repository with a
/// .github folder, as CODEOWNERS is.
/// </summary>
public static class PlanFormCheck
{
    public static void Check(string inputFolder, ContentSet content, DiagnosticBag diagnostics)
    {
        var location = PlanFormLocation.For(inputFolder);
        if (!location.IsInRepository)
        {
            return;
        }
        if (!File.Exists(location.FilePath))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(PlanFormLocation.FromInput), DiagnosticCodes.IssueFormMissing,
                $"{PlanFormYaml.RelativePath} does not exist, so local areas have no form to send a plan with.",
                $"Run `{PlanFormYaml.Command}` and commit the file it writes."));
            return;
        }
        var actual = File.ReadAllText(location.FilePath).ReplaceLineEndings("\n").Split('\n');
        var expected = PlanFormYaml.Generate(content.Areas).Split('\n');
        var line = 0;
        while (line < actual.Length && line < expected.Length && actual[line] == expected[line])
        {
            line++;
        }
        if (line < actual.Length || line < expected.Length)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(PlanFormLocation.FromInput, line + 1, 1), DiagnosticCodes.IssueFormOutOfDate,
                $"{PlanFormYaml.RelativePath} is out of date: its list of areas does not match areas.yml.",
                $"Run `{PlanFormYaml.Command}` and commit the file it writes; do not edit it by hand."));
        }
    }
}
