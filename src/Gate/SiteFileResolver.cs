namespace SendSite.Gate;

/// <summary>
/// Which file of a built site a URL in one of its pages reaches, as a static host would choose it: /x/ is
/// /x/index.html, and /x is /x/index.html when x is a folder. The link check and the pull-request mode's
/// change detection both need this, so they agree on what a reference points at.
/// </summary>
public static class SiteFileResolver
{
    private const string IndexFile = "index.html";
    private static readonly Uri SiteRoot = new("http://site.invalid/");

    /// <summary>The absolute form of <paramref name="url"/> as seen from <paramref name="pagePath"/>, or null when it is not a URL of this site.</summary>
    public static Uri? Resolve(string pagePath, string url)
    {
        if (!Uri.TryCreate(new Uri(SiteRoot, pagePath), url, out var resolved) || resolved.Host != SiteRoot.Host)
        {
            return null;
        }
        return resolved;
    }

    /// <summary>The site-relative file a resolved URL serves, or null when the site has no such file.</summary>
    public static string? TargetFile(string siteDirectory, Uri resolved, string basePath)
    {
        var path = SiteBasePath.Strip(Uri.UnescapeDataString(resolved.AbsolutePath), basePath).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            var index = path + IndexFile;
            return File.Exists(Path.Combine(siteDirectory, index)) ? index : null;
        }
        var full = Path.Combine(siteDirectory, path);
        if (File.Exists(full))
        {
            return path;
        }
        return File.Exists(Path.Combine(full, IndexFile)) ? path + "/" + IndexFile : null;
    }
}
