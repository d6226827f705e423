using System.CommandLine;
using SendSite.Diagnostics;
using SendSite.Loading;
using SendSite.Ownership;

namespace SendSite.Commands;

/// <summary>
/// `codeowners [--input input]`: writes .github/CODEOWNERS beside the input folder from site.yml's
/// publisher_owners and areas.yml's owners. `validate` fails while the committed file differs from this.
/// </summary>
public static class CodeOwnersCommand
{
    public static Command Create(TextWriter? output = null)
    {
        var input = CommonOptions.Input();
        var command = new Command("codeowners", $"Writes {CodeOwnersFile.RelativePath} from the owners in site.yml and areas.yml.") { input };
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
                Console.Error.WriteLine($"{CodeOwnersFile.RelativePath} was not written: fix site.yml and areas.yml first.");
                return ExitCodes.Failure;
            }
            var location = CodeOwnersLocation.For(inputFolder);
            var text = CodeOwnersFile.Generate(content.Settings, content.Areas, location.InputFromRoot);
            if (File.Exists(location.FilePath) && File.ReadAllText(location.FilePath).ReplaceLineEndings("\n") == text)
            {
                log.WriteLine($"{location.FilePath} is up to date.");
                return ExitCodes.Success;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(location.FilePath)!);
            // Written beside and renamed over, so a reader never sees half a file.
            var temporary = location.FilePath + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, location.FilePath, overwrite: true);
            var owned = content.Areas.Count(a => a.Owners.Count > 0);
            log.WriteLine($"Wrote {location.FilePath}: the publisher owns everything, {owned} of {content.Areas.Count} areas own their plans folder.");
            if (content.Settings.PublisherOwners.Count == 0)
            {
                Console.Error.WriteLine("warning: site.yml has no publisher_owners, so the file has no catch-all line; validate will report it.");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
