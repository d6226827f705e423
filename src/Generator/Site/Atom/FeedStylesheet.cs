using SendSite.Rendering.Urls;

namespace SendSite.Site.Atom;

/// <summary>
/// The theme's feed.xsl, which a browser applies to show a feed as a readable page (issue 16). A feed names it
/// by an address relative to the feed itself, so it loads from the same site under any base path and in the
/// preview; browsers apply only a stylesheet from the feed's own origin.
/// </summary>
public static class FeedStylesheet
{
    public const string AssetName = "feed.xsl";

    /// <summary>The stylesheet's address relative to a feed at <paramref name="feedUrl"/> (canonical, under <paramref name="baseUrl"/>).</summary>
    public static string HrefFor(Uri baseUrl, string feedUrl)
    {
        var sitePath = "/" + baseUrl.MakeRelativeUri(new Uri(feedUrl)).OriginalString.TrimStart('/');
        return RelativeUrl.From(sitePath, SiteUrls.Asset(AssetName));
    }
}
