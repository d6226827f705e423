namespace SendSite.Search;

/// <summary>
/// Where the full-text search lives in the built site. The search page and Pagefind's bundle sit together
/// under /search/, so the page loads the bundle with a short relative path whatever the site's base path.
/// </summary>
public static class SearchIndexLayout
{
    /// <summary>The search page's URL.</summary>
    public const string PageUrl = "/search/";

    /// <summary>Pagefind's output folder, relative to the site root (its --output-subdir).</summary>
    public const string BundleFolder = "search/pagefind";

    /// <summary>The script the search page imports; everything else it needs, it fetches itself.</summary>
    public const string BundleScriptUrl = "/" + BundleFolder + "/pagefind.js";

    /// <summary>
    /// Pagefind also writes its ready-made search interfaces. The site builds its own GOV.UK one, so these
    /// are removed: nothing links to them, and a smaller folder is quicker to publish and to check.
    /// </summary>
    public static readonly string[] UnusedBundleFiles =
    [
        "pagefind-ui.js", "pagefind-ui.css",
        "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css",
        "pagefind-highlight.js",
    ];
}
