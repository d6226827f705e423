namespace SendSite.Site.Search;

/// <summary>
/// Where the full-text search lives in the built site. The search page and Pagefind's bundle sit together
/// under /search/, so the page loads the bundle with a short relative path whatever the site's base path.
/// </summary>
public static class SearchIndexLayout
{
    /// <summary>The search page's URL.</summary>
    public const string PageUrl = "/search/";

    /// <summary>The folder of the built site that holds the search page and every part of its index.</summary>
    public const string Folder = "search/";

    /// <summary>Pagefind's output folder, relative to the site root (its --output-subdir).</summary>
    public const string BundleFolder = "search/" + BundleName;

    private const string BundleName = "pagefind";

    /// <summary>
    /// Where shard <paramref name="number"/> of a sharded index goes: the first is the usual bundle, the one the
    /// search page imports; the others sit beside it (search/pagefind-2, search/pagefind-3 and so on) and are
    /// merged into it by the page.
    /// </summary>
    public static string ShardBundleFolder(int number) => "search/" + ShardBundleName(number);

    /// <summary>A shard's folder as the search page links it: relative to the page, so any base path works.</summary>
    public static string ShardBundleUrlFromPage(int number) => ShardBundleName(number) + "/";

    private static string ShardBundleName(int number) => number == 1 ? BundleName : $"{BundleName}-{number}";

    /// <summary>The search page's own file in the built site, which names the shards to merge.</summary>
    public const string PageFile = "search/index.html";

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

    /// <summary>
    /// What a merged shard's bundle does not need: the search page imports only the first shard's script, and
    /// Pagefind's script runs every shard with the first shard's worker and WebAssembly (wasm.&lt;language&gt;.pagefind).
    /// </summary>
    public static readonly string[] FilesOnlyTheFirstShardNeeds = ["pagefind.js", "pagefind-worker.js", "wasm.*.pagefind"];
}
