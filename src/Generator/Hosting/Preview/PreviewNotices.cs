using SendSite.Site.Search;

namespace SendSite.Hosting.Preview;

/// <summary>
/// What the preview tells the author about pages it shows differently from a build, added to served HTML only.
/// The search index is one: Pagefind indexes every report and plan page again (seconds at England's scale), too slow
/// for every save, and an index kept from an earlier save could still find a report deleted or embargoed since. So
/// the preview has no index at all, and its search page says so.
/// </summary>
public static class PreviewNotices
{
    public const string SearchNotice =
        "<div role=\"status\" style=\"border:5px solid #1d70b8;background:#fff;color:#0b0c0c;padding:15px;margin:0;font:16px/1.4 Arial,sans-serif\">"
        + "<h2 style=\"margin:0 0 10px;font-size:24px\">Search does not work in the preview</h2>"
        + "<p style=\"margin:0\">The preview does not build the search index, so search finds nothing here. "
        + "<code>send-site build</code> builds it from the published reports and plans.</p></div>";

    private static readonly string SearchPage = SearchIndexLayout.PageUrl.TrimStart('/') + PreviewPaths.IndexFile;

    /// <summary>The page with any notice it needs, after &lt;body&gt;.</summary>
    public static string Add(string destination, string html)
    {
        if (destination != SearchPage)
        {
            return html;
        }
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : html.IndexOf('>', body);
        return bodyEnd < 0 ? SearchNotice + html : html.Insert(bodyEnd + 1, SearchNotice);
    }
}
