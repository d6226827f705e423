using System.Text.RegularExpressions;
using SendSite.Rendering.Markdown.Images;

namespace SendSite.Site.Addresses;

/// <summary>
/// Which files of a build are addresses people keep: pages (redirect and split pages too), feeds, the
/// sitemap and the open data files. Assets are left out (their names may change with GOV.UK Frontend and they
/// are never linked to from outside), as are the image files bodies show (files/...: an officer must be able to
/// take an image out of a plan without the publisher's leave), and so are 404.html, robots.txt, _redirects and the
/// base path record, which hosts and tools read rather than people, and the open data snapshots dated by the build's day (inspections-yyyy-mm-dd.csv):
/// each build writes only its own day's, so no later build could keep an older one. Only published content is ever in a build, so drafts and embargoed reports can never
/// reach the list.
/// </summary>
public static class PublishedUrls
{
    private static readonly string[] LeftOut = ["404.html", "robots.txt", "_redirects", Gate.SiteBasePath.RecordFile];

    private static readonly Regex DatedSnapshot = new(@"^data/[^/]+-\d{4}-\d{2}-\d{2}\.[a-z]+$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Of(IEnumerable<string> destinations) =>
    [
        .. destinations
            .Where(d => !d.StartsWith("assets/", StringComparison.Ordinal) && !d.StartsWith(BodyImage.Folder + "/", StringComparison.Ordinal) && !LeftOut.Contains(d, StringComparer.Ordinal) && !DatedSnapshot.IsMatch(d))
            .Select(ManifestUrl.Of)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];
}
