using System.Text.RegularExpressions;

namespace SendSite.Gate;

/// <summary>
/// Every internal URL resolves: href/src to a file of the site (a link to /x/ means /x/index.html, and /x
/// means /x/index.html when x is a folder), and every #fragment of a link to an id or a[name] on its page.
/// Links are resolved from where the page is served: the not-found page from a deep missing address
/// (<see cref="NotFoundPage"/>), every other page from its own place. Works on the parsed files, no browser
/// needed, so it always covers the whole site.
/// </summary>
public static partial class LinkCheck
{
    // "#" and "#top" are the document's top by the HTML standard, so they need no anchor.
    private static readonly HashSet<string> TopOfPage = new(StringComparer.OrdinalIgnoreCase) { "", "top" };

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    /// <param name="onlyFrom">Checks only the links on these pages (every page's anchors still count); null checks every page.</param>
    public static IReadOnlyList<GateProblem> Run(string siteDirectory, IReadOnlyList<SitePage> pages, string basePath = "/", IReadOnlySet<string>? onlyFrom = null)
    {
        var byPath = pages.ToDictionary(page => page.Path, StringComparer.Ordinal);
        var problems = new List<GateProblem>();
        foreach (var page in pages.Where(page => onlyFrom is null || onlyFrom.Contains(page.Path)))
        {
            foreach (var reference in page.References)
            {
                var problem = Check(siteDirectory, byPath, page, reference, basePath);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
        }
        return problems;
    }

    private static GateProblem? Check(string siteDirectory, Dictionary<string, SitePage> byPath, SitePage page, PageReference reference, string basePath)
    {
        var url = reference.Url;
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(url))
        {
            return null; // empty (the page itself), or another site: not ours to check offline
        }
        if (SiteFileResolver.Resolve(page.ServedAt, url) is not { } resolved)
        {
            return GateChecks.BrokenLink.Problem(page.Path, reference.Selector, $"line {reference.Line}: \"{url}\" is not a valid URL");
        }

        // A fragment alone stays on the page, wherever the page is served from.
        var targetPath = url.StartsWith('#') ? page.Path : SiteFileResolver.TargetFile(siteDirectory, resolved, basePath);
        if (targetPath is null)
        {
            var servedFrom = page.IsServedAnywhere
                ? $" (this page is served for any missing address, so links must work from, say, /{NotFoundPage.RequestPath}: start them from the site's root path)"
                : "";
            return GateChecks.BrokenLink.Problem(page.Path, reference.Selector,
                $"line {reference.Line}: \"{url}\" points at {resolved.AbsolutePath}, which is not in the site{servedFrom}");
        }

        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        var isLink = reference.Attribute == "href" && reference.Element is "a" or "area";
        if (!isLink || TopOfPage.Contains(fragment) || !byPath.TryGetValue(targetPath, out var target))
        {
            return null;
        }
        return target.Anchors.Contains(fragment)
            ? null
            : GateChecks.BrokenFragment.Problem(page.Path, reference.Selector,
                $"line {reference.Line}: \"{url}\" needs an element with id=\"{fragment}\" on {target.Path}, and there is none");
    }
}
