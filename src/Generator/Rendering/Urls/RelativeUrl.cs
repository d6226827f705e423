namespace SendSite.Rendering.Urls;

/// <summary>
/// Turns a site-absolute URL into one relative to the page that links to it, so the site works wherever
/// it is hosted: at a domain's root or under a sub-path such as GitHub Pages.
/// </summary>
public static class RelativeUrl
{
    public static string From(string pageUrl, string targetUrl)
    {
        if (!targetUrl.StartsWith('/') || targetUrl.StartsWith("//", StringComparison.Ordinal))
        {
            return targetUrl; // external, or already relative
        }
        var fragmentAt = targetUrl.IndexOf('#');
        var fragment = fragmentAt >= 0 ? targetUrl[fragmentAt..] : "";
        var target = fragmentAt >= 0 ? targetUrl[..fragmentAt] : targetUrl;

        var fromDirectory = pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        var fromParts = fromDirectory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var targetParts = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var targetIsFolder = target.EndsWith('/');
        var targetFolderCount = targetIsFolder ? targetParts.Length : targetParts.Length - 1;

        var common = 0;
        while (common < fromParts.Length && common < targetFolderCount && fromParts[common] == targetParts[common])
        {
            common++;
        }
        var ups = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var rest = string.Join('/', targetParts.Skip(common));
        if (targetIsFolder && rest.Length > 0)
        {
            rest += "/";
        }
        var relative = ups + rest;
        if (relative.Length == 0)
        {
            relative = "./";
        }
        return relative + fragment;
    }
}
