using System.CommandLine;
using SendSite.Authoring.FromIssue;
using SendSite.Diagnostics;
using SendSite.Loading;

namespace SendSite.Commands;

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
        command.SetAction(parsed =>
        {
            var log = output ?? Console.Out;
            var inputFolder = parsed.GetValue(input)!;
            var diagnostics = new DiagnosticBag();
            var content = InputLoader.Load(inputFolder, diagnostics);
            var registryErrors = diagnostics.Sorted
                .Where(d => d.Severity == Severity.Error && d.Location.File is InputPaths.SiteFile or InputPaths.AreasFile)
                .ToList();
            if (content is null || registryErrors.Count > 0)
            {
                DiagnosticPrinter.Print(registryErrors, inputFolder, DiagnosticPrinter.Text, Console.Error);
                Console.Error.WriteLine($"{PlanFormYaml.RelativePath} was not written: fix site.yml and areas.yml first.");
                return ExitCodes.Failure;
            }
            var location = PlanFormLocation.For(inputFolder);
            var text = PlanFormYaml.Generate(content.Areas);
            if (File.Exists(location.FilePath) && File.ReadAllText(location.FilePath).ReplaceLineEndings("\n") == text)
            {
                log.WriteLine($"{location.FilePath} is up to date.");
                return ExitCodes.Success;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(location.FilePath)!);
            var temporary = location.FilePath + ".tmp"; // written beside and renamed over: never half a file
            File.WriteAllText(temporary, text);
            File.Move(temporary, location.FilePath, overwrite: true);
            log.WriteLine($"Wrote {location.FilePath} with {content.Areas.Count} areas.");
            return ExitCodes.Success;
        });
        return command;
    }
}
