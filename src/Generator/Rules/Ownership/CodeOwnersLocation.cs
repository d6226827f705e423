using SendSite.Input.Loading;

namespace SendSite.Rules.Ownership;

/// <summary>
/// Where .github/CODEOWNERS belongs for an input folder: in the repository that holds it, taken to be the input
/// folder's parent when that parent has a .github folder. An input folder anywhere else (a test's temporary
/// folder, a publisher trying content out) has no CODEOWNERS to keep up to date.
/// </summary>
public sealed record CodeOwnersLocation(string RepositoryRoot, string FilePath, string InputFromRoot)
{
    public static CodeOwnersLocation For(InputPaths inputFolder)
    {
        var input = inputFolder.Root.TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetDirectoryName(input) ?? input;
        return new CodeOwnersLocation(
            root,
            Path.Combine(root, CodeOwnersFile.RelativePath),
            Path.GetRelativePath(root, input).Replace('\\', '/'));
    }

    /// <summary>True when the repository has a .github folder, so its CODEOWNERS is checked.</summary>
    public bool IsInRepository => Directory.Exists(Path.Combine(RepositoryRoot, ".github"));

    /// <summary>The file's path as diagnostics name it: relative to the input folder.</summary>
    public string FromInput => "../" + CodeOwnersFile.RelativePath;
}
