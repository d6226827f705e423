namespace SendSite.Gate;

/// <summary>
/// What the site inventory read from one page's bytes (<see cref="SitePage"/>), as the gate's cache keeps it: parsing
/// every page of England's site is about 3 s of CPU, and a run after a small change has almost all of them unchanged.
/// </summary>
/// <param name="Page">The page, site-relative: a check that the file found is for the page asked about.</param>
public sealed record CachedPage(
    string Page, string Template, IReadOnlyList<string> Anchors, IReadOnlyList<PageReference> References, bool IsRedirect,
    IReadOnlyList<string>? Components)
{
    public static CachedPage Of(SitePage page) =>
        new(page.Path, page.Template, [.. page.Anchors.Order(StringComparer.Ordinal)], page.References, page.IsRedirect, page.Components);

    public SitePage ToSitePage() =>
        new(Page, Template, new HashSet<string>(Anchors, StringComparer.Ordinal), References, IsRedirect, Components);
}
