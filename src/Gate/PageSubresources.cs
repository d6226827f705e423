using System.Text.RegularExpressions;

namespace SendSite.Gate;

/// <summary>
/// The site's own files a page loads to render, as its markup names them (stylesheets, scripts, images): what the
/// pull-request mode compares and what the gate's cache keys a page's result by. Files a script fetches later are
/// only known in the browser (<see cref="PageScan.Loaded"/>).
/// </summary>
public static partial class PageSubresources
{
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    /// <summary>Site-relative files, distinct; a missing one is left out (the link check reports it).</summary>
    public static IEnumerable<string> Of(string siteDirectory, SitePage page, string basePath) =>
        page.References
            .Where(reference => reference.Loads)
            .Select(reference => reference.Url)
            .Where(url => url.Length > 0 && !url.StartsWith("//", StringComparison.Ordinal) && !SchemePrefix().IsMatch(url))
            .Select(url => SiteFileResolver.Resolve(page.ServedAt, url))
            .OfType<Uri>()
            .Select(resolved => SiteFileResolver.TargetFile(siteDirectory, resolved, basePath))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}
