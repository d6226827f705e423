using System.Collections.Frozen;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Markdown.Pages;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Addresses;

/// <summary>
/// The page each Markdown file of the input folder publishes, read from the site's model: only what the model holds
/// (approved, past its embargo) has a page here, at the address the page pipelines write it to (SiteUrls, with the
/// area the model files it under), so a body's link to a file goes where that file's page is, or to nothing.
/// </summary>
public sealed class PublishedPages : IPublishedPages
{
    private readonly FrozenDictionary<string, string> pageByFile;
    private readonly FrozenSet<string> contentFiles;

    private PublishedPages(FrozenDictionary<string, string> pageByFile, FrozenSet<string> contentFiles)
    {
        this.pageByFile = pageByFile;
        this.contentFiles = contentFiles;
    }

    /// <summary>No file publishes a page (no site could be read).</summary>
    public static PublishedPages None { get; } = new(FrozenDictionary<string, string>.Empty, FrozenSet<string>.Empty);

    /// <param name="site">What is published, at the moment the site is built for.</param>
    /// <param name="content">Everything read, published or not: which files are reports, plans and pages at all.</param>
    public static PublishedPages Of(SiteModel site, ContentSet content)
    {
        IEnumerable<(string File, string Url)> pages =
        [
            .. site.Reports.Select(r => (r.Report.Body.File, SiteUrls.Report(r.Area.Area.Slug, r.Report.Id))),
            .. site.Plans.Select(p => (p.Plan.Body.File, SiteUrls.Plan(p.Area.Area.Slug, p.Plan.Id))),
            .. site.Pages.Select(p => (p.Body.File, SiteUrls.Page(p.Slug))),
            .. site.ThematicReports.Select(t => (t.Body.File, SiteUrls.ThematicReport(t.Id))),
        ];
        var files = content.Reports.Select(r => r.Body.File)
            .Concat(content.Plans.Select(p => p.Body.File))
            .Concat(content.Pages.Select(p => p.Body.File))
            .Concat(content.ThematicReports.Select(t => t.Body.File));
        // Once each: an input with errors (two areas with one slug) can file a report twice, and is still checked.
        return new(
            pages.DistinctBy(p => p.File, StringComparer.Ordinal).ToFrozenDictionary(p => p.File, p => p.Url, StringComparer.Ordinal),
            files.ToFrozenSet(StringComparer.Ordinal));
    }

    public string? PageOf(string file) => pageByFile.GetValueOrDefault(file);

    public bool IsContent(string file) => contentFiles.Contains(file);
}
