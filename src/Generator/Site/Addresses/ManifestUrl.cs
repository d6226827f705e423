using SendSite.Rendering.Urls;

namespace SendSite.Site.Addresses;

/// <summary>
/// What a manifest line may be: a path from the site's root, without host, query or fragment, that names a
/// page (ending in /) or a file. Anything else could never be checked against the output.
/// </summary>
public static class ManifestUrl
{
    /// <summary>Why the text is not a manifest URL, or null when it is one.</summary>
    public static string? Problem(string text)
    {
        if (!text.StartsWith('/'))
        {
            return "it must start with /";
        }
        if (text.StartsWith("//", StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal))
        {
            return "it must not name a host; write the path only";
        }
        if (text.IndexOfAny(['#', '?', ' ', '\t', '\\']) >= 0)
        {
            return "it must not contain #, ?, spaces or backslashes";
        }
        if (text.Split('/').Any(segment => segment is "." or ".."))
        {
            return "it must not contain . or .. segments";
        }
        return null;
    }

    /// <summary>The output file a URL is served from: /x/ is x/index.html.</summary>
    public static string FileOf(string url) => SiteUrls.FileFor(url);

    /// <summary>The URL of an output file: x/index.html is /x/, so manifests list the addresses people share.</summary>
    public static string Of(string destination) =>
        destination == "index.html" ? "/"
        : destination.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + destination[..^"index.html".Length]
        : "/" + destination;
}
