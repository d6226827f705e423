namespace SendSite.Site.Session;

/// <summary>
/// Finds the folders a build needs beside its input: themes/ and node_modules/ (installed by
/// scripts/setup.sh). Looks in the input folder's parents first, then the current folder's, so the
/// generator works from the repository root, from a test's temporary folder, or from anywhere inside.
/// </summary>
public static class ProjectFolders
{
    public static string? Find(string name, params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
