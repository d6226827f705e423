namespace SendSite.Gate;

/// <summary>
/// The path a site is published under (e.g. <c>/send-inspections/</c>), which the pages that link from the root
/// (the 404 page) depend on. The build records it in <see cref="RecordFile"/> at the site's root so that
/// <c>check</c> on a built folder knows it without being told; and URL paths under it map to the built folder.
/// </summary>
public static class SiteBasePath
{
    /// <summary>One line: the base path. Not an address anyone links to; hosts serve it as plain text.</summary>
    public const string RecordFile = "send-site-base-path.txt";

    public const string Root = "/";

    /// <summary>The base path the build recorded in <paramref name="siteDirectory"/>, or null when there is no record.</summary>
    public static string? Recorded(string siteDirectory)
    {
        var file = Path.Combine(siteDirectory, RecordFile);
        if (!File.Exists(file))
        {
            return null;
        }
        var recorded = File.ReadAllText(file).Trim();
        return recorded.StartsWith('/') ? recorded : null;
    }

    /// <summary>The text of <see cref="RecordFile"/> for a base path.</summary>
    public static string RecordText(string basePath)
    {
        var inner = basePath.Trim('/');
        return inner.Length == 0 ? Root + "\n" : $"/{inner}/\n";
    }

    public static string Strip(string urlPath, string basePath)
    {
        var prefix = "/" + basePath.Trim('/');
        if (prefix == "/")
        {
            return urlPath;
        }
        if (urlPath == prefix || urlPath.StartsWith(prefix + "/", StringComparison.Ordinal))
        {
            var rest = urlPath[prefix.Length..];
            return rest.Length == 0 ? "/" : rest;
        }
        return urlPath;
    }
}
