using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Loading;

namespace SendSite.Tools.Commands;

/// <summary>
/// What `codeowners` and `issue-form` share: read site.yml and areas.yml, generate one repository file from them, and
/// write it only when it differs, beside and renamed over so a reader never sees half a file. `validate` then
/// fails while the committed file is stale.
/// </summary>
internal static class RegistryFileWriter
{
    /// <param name="relativePath">The file's path in the repository, for messages.</param>
    /// <param name="generate">The file's full path and text for this content.</param>
    /// <param name="written">The line said after writing it.</param>
    public static int Write(
        InputPaths input, string relativePath, Func<ContentSet, (string FilePath, string Text)> generate, Func<ContentSet, string, string> written, TextWriter log)
    {
        var diagnostics = new DiagnosticBag();
        var content = InputLoader.Load(input, diagnostics);
        var registryErrors = diagnostics.Sorted
            .Where(d => d.Severity == Severity.Error && d.Location.File is InputPaths.SiteFile or InputPaths.AreasFile)
            .ToList();
        if (content is null || registryErrors.Count > 0)
        {
            DiagnosticPrinter.Print(registryErrors, input.Given, DiagnosticPrinter.Text, Console.Error);
            Console.Error.WriteLine($"{relativePath} was not written: fix site.yml and areas.yml first.");
            return ExitCodes.Failure;
        }
        var (filePath, text) = generate(content);
        if (File.Exists(filePath) && File.ReadAllText(filePath).ReplaceLineEndings("\n") == text)
        {
            log.WriteLine($"{filePath} is up to date.");
            return ExitCodes.Success;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
        var temporary = filePath + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, filePath, overwrite: true);
        log.WriteLine(written(content, filePath));
        return ExitCodes.Success;
    }
}
