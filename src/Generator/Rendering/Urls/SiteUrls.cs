namespace SendSite.Rendering.Urls;

/// <summary>
/// The permanent URL scheme. Every page is a folder with an index.html, so URLs end in a slash and never
/// show a file name. Once published a URL must never change: add redirects, never edit these.
/// </summary>
public static class SiteUrls
{
    public const string Home = "/";
    public const string Areas = "/areas/";
    public const string Outcomes = "/outcomes/";
    public const string NotFound = "/404.html";
    public const string SiteFeed = "/feeds/all.xml";

    /// <summary>The Atom feed of priority action plans due or overdue.</summary>
    public const string PlansDueFeed = "/feeds/plans-due.xml";
    public const string Data = "/data/";
    public const string SiteMap = "/sitemap/";
    public const string Thematic = "/thematic/";

    /// <summary>A national thematic report's page.</summary>
    public static string ThematicReport(string id) => $"/thematic/{id}/";

    /// <summary>The Atom feed of one area's reports and plans.</summary>
    public static string AreaFeed(string slug) => $"/areas/{slug}/feed.xml";

    /// <summary>An open data file under /data/, e.g. DataFile("inspections.csv").</summary>
    public static string DataFile(string fileName) => $"/data/{fileName}";

    public static string Area(string slug) => $"/areas/{slug}/";

    public static string Report(string areaSlug, string reportId) => $"/areas/{areaSlug}/reports/{reportId}/";

    public static string Plan(string areaSlug, string planId) => $"/areas/{areaSlug}/plans/{planId}/";

    public static string Page(string slug) => $"/{slug}/";

    public static string Asset(string name) => $"/assets/{name}";

    /// <summary>The file a URL is written to: /x/ becomes x/index.html.</summary>
    public static string FileFor(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
