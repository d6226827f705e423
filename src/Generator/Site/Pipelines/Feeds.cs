using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Atom;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Atom feeds of published reports and plans, newest first: one of the whole site at /feeds/all.xml and one
/// per area at /areas/&lt;slug&gt;/feed.xml, so parents can follow just their own area.
/// </summary>
public sealed class Feeds : IPipeline<BuildContext>
{
    public string Name => nameof(Feeds);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
    [
        Document.Deferred(SiteUrls.FileFor(SiteUrls.SiteFeed), () => SiteFeed(context)),
        .. context.Site.Areas.Select(area => Document.Deferred(SiteUrls.FileFor(SiteUrls.AreaFeed(area.Area.Slug)), () => AreaFeed(context, area))),
    ];

    private static string SiteFeed(BuildContext context)
    {
        var site = context.Site;
        var all = new AtomFeed(
            FeedTitle.Of(site.Settings, $"{site.Settings.Title}: all reports and plans"),
            context.CanonicalUrl(SiteUrls.SiteFeed),
            context.CanonicalUrl(SiteUrls.Home),
            site.Settings.Publisher,
            site.Settings.Language,
            FeedEntries.Of(context, site.Areas));
        return AtomWriter.Write(context, all);
    }

    private static string AreaFeed(BuildContext context, AreaModel area)
    {
        var site = context.Site;
        var url = SiteUrls.AreaFeed(area.Area.Slug);
        var feed = new AtomFeed(
            FeedTitle.Of(site.Settings, $"{area.Area.Name}: SEND inspection reports and plans"),
            context.CanonicalUrl(url),
            context.CanonicalUrl(SiteUrls.Area(area.Area.Slug)),
            site.Settings.Publisher,
            site.Settings.Language,
            FeedEntries.WithEarlierInspections(context, area));
        // An area with nothing published yet has no entry to date the feed by; the build's --now is the
        // only other date that stays the same between two builds of the same input.
        return AtomWriter.Write(context, feed);
    }
}
