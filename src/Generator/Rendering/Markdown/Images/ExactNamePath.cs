namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// Finds a path under a folder by comparing each name with the folder's entries exactly, capitals included. Web
/// hosts and GitHub tell Chart.PNG from chart.png, and Windows and macOS disks often do not: comparing names here
/// gives the same answer on every machine, so a build that passes on a laptop does not publish a broken image
/// from a server. When only the letter case differs, the name on disk is kept for the message.
/// </summary>
internal static class ExactNamePath
{
    /// <param name="root">The full path of the folder to start from.</param>
    /// <param name="names">The names below it, one per folder, the file's last.</param>
    /// <returns>The full path when every name matched; else, when only letter case differs, the path with the names as they are on disk; else neither.</returns>
    public static (string? FullPath, string? SameButForCase) Find(string root, IReadOnlyList<string> names)
    {
        var here = root;
        var onDisk = new List<string>(names.Count);
        var caseDiffers = false;
        foreach (var name in names)
        {
            string[] entries;
            try
            {
                // Follows a link to a folder, as the kernel does; where it leads is checked once the file is found.
                entries = [.. Directory.EnumerateFileSystemEntries(here).Select(Path.GetFileName).OfType<string>()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, null); // not a folder, or not readable: nothing to find below it
            }
            var match = entries.FirstOrDefault(e => e == name);
            if (match is null)
            {
                match = entries.Where(e => string.Equals(e, name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
                if (match is null)
                {
                    return (null, null);
                }
                caseDiffers = true;
            }
            onDisk.Add(match);
            here = Path.Combine(here, match);
        }
        return caseDiffers ? (null, string.Join('/', onDisk)) : (here, null);
    }
}
