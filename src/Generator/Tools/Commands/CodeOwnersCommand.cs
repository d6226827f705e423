using System.CommandLine;
using SendSite.Rules.Ownership;

namespace SendSite.Tools.Commands;

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
            var inputFolder = parsed.GetValue(input)!;
            var location = CodeOwnersLocation.For(inputFolder);
            return RegistryFileWriter.Write(
                inputFolder,
                CodeOwnersFile.RelativePath,
                content => (location.FilePath, CodeOwnersFile.Generate(content.Settings, content.Areas, location.InputFromRoot)),
                (content, path) =>
                {
                    if (content.Settings.PublisherOwners.Count == 0)
                    {
                        Console.Error.WriteLine("warning: site.yml has no publisher_owners, so the file has no catch-all line; validate will report it.");
                    }
                    var owned = content.Areas.Count(a => a.Owners.Count > 0);
                    return $"Wrote {path}: the publisher owns everything, {owned} of {content.Areas.Count} areas own their plans folder.";
                },
                output ?? Console.Out);
        });
        return command;
    }
}
