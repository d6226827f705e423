namespace SendSite.Hosting.Preview;

/// <summary>From a URL path to the destination of a document in memory, as a static host maps it to a file.</summary>
public static class PreviewPaths
{
    public const string IndexFile = "index.html";

    /// <summary>"/areas/x/" is "areas/x/index.html", "/a.css" is "a.css"; null for a path that steps outside the site ("..").</summary>
    public static string? Destination(string urlPath)
    {
        var segments = urlPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\')))
        {
            return null;
        }
        var joined = string.Join('/', segments);
        return urlPath.EndsWith('/') || joined.Length == 0 ? (joined.Length == 0 ? IndexFile : joined + "/" + IndexFile) : joined;
    }
}
