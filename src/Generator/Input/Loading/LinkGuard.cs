namespace SendSite.Input.Loading;

/// <summary>
/// The one rule for reading through links: a file is read only when neither it nor any folder between it and its
/// root is a link that leaves the root. Used for input/ (reports, pages, data, layouts, the URL manifest) and for
/// the theme (templates, assets), so a link to /etc/passwd is refused by name and its contents are never read.
/// </summary>
public static class LinkGuard
{
    /// <summary>True when <paramref name="fullPath"/>, after following any links, is still inside <paramref name="root"/>.</summary>
    public static bool StaysInside(string root, string fullPath)
    {
        // The root may itself sit behind links (a test folder's themes/ linked to the repository's): only what is
        // below it counts.
        var top = RealPath.Of(root);
        var directory = Path.GetDirectoryName(Path.GetFullPath(fullPath));
        var given = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        while (directory is not null && directory.Length > given.Length)
        {
            if (new DirectoryInfo(directory).LinkTarget is not null)
            {
                return false;
            }
            directory = Path.GetDirectoryName(directory);
        }
        return RealPath.Of(fullPath).StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
