namespace SendSite.Gate;

/// <summary>Maps a URL path under the site's published base path (e.g. /send-inspections/about/) to the path in the built folder (/about/).</summary>
public static class SiteBasePath
{
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
