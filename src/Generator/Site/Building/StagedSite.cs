using SendSite.Domain.Model;
using SendSite.Site.Addresses;
using SendSite.Site.Session;

namespace SendSite.Site.Building;

/// <summary>
/// A build written to its staging folder, and the little the rest of the build needs from it: addresses, not
/// pages, so the search index and the gate run without the site's text in memory.
/// </summary>
/// <param name="Folder">The staging folder, beside the output folder.</param>
/// <param name="Destinations">Every file written, relative to the folder, in ordinal order.</param>
/// <param name="HasPagesToIndex">Whether any report or plan page was published, so there is something to search.</param>
/// <param name="Theme">The theme (its gate exceptions file is read by the gate) and node_modules (Pagefind is run from it).</param>
/// <param name="Manifest">input/published-urls.txt, to record new addresses in after promotion.</param>
/// <param name="BaseUrl">The site's base URL (its path is where the gate serves the site).</param>
/// <param name="Site">The published site's model (metadata only, no text): the search index shards by its areas.</param>
internal sealed record StagedSite(
    string Folder,
    IReadOnlyList<string> Destinations,
    bool HasPagesToIndex,
    SiteTheme Theme,
    UrlManifest Manifest,
    Uri BaseUrl,
    SiteModel Site);
