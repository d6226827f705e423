namespace SendSite.Input.Loading;

/// <summary>
/// A path as the kernel will follow it: full, without a trailing separator, with every link among its existing
/// parts followed (a managed realpath). Two paths name the same place when their real paths are equal.
/// </summary>
public static class RealPath
{
    private const int MostLinks = 40; // as Linux's own limit, so a loop of links ends

    public static string Of(string path) => Of(path, MostLinks);

    private static string Of(string path, int linksLeft)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        if (full.Length <= root.Length)
        {
            return root;
        }
        full = full.TrimEnd(Path.DirectorySeparatorChar);
        var parent = Of(Path.GetDirectoryName(full)!, linksLeft);
        var here = Path.Combine(parent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        if (linksLeft > 0 && info.LinkTarget is { } target)
        {
            return Of(Path.IsPathRooted(target) ? target : Path.Combine(parent, target), linksLeft - 1);
        }
        return here;
    }
}
