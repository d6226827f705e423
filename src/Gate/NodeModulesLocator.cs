namespace SendSite.Gate;

/// <summary>
/// Finds a file under node_modules/ by walking up from the current directory and from the program's own
/// folder: the CLI runs from the repository root, tests run from deep inside bin/.
/// </summary>
public static class NodeModulesLocator
{
    public const string FolderName = "node_modules";

    public static string? Find(string relativePath)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName, relativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
