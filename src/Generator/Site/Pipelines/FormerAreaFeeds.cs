using SendSite.Domain.Calendar;
using SendSite.Domain.Model;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Atom;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Feed readers keep polling an old area's /areas/&lt;former&gt;/feed.xml for years, and a feed cannot be a
/// redirect page. A renamed or merged area's old feed carries its successor's entries; a split area's old feed
/// carries the reports and plans written about it, at their new addresses.
/// </summary>
public sealed class FormerAreaFeeds : IPipeline<BuildContext>
{
    public string Name => nameof(FormerAreaFeeds);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.FormerAreas.Select(former => Document.Deferred(SiteUrls.FileFor(SiteUrls.AreaFeed(former.Slug)), () => Feed(context, former)))];

    private static string Feed(BuildContext context, FormerAreaModel former)
    {
        var site = context.Site;
        var url = SiteUrls.AreaFeed(former.Slug);
        var feed = former.IsSplit
            ? new AtomFeed(
                FeedTitle.Of(context.Site.Settings, $"{former.Name} (split{(former.SplitOn is { } day ? " on " + DisplayDates.Long(day) : "")}): SEND inspection reports and plans"),
                context.CanonicalUrl(url),
                context.CanonicalUrl(SiteUrls.Area(former.Slug)),
                site.Settings.Publisher,
                site.Settings.Language,
                FeedEntries.Of(context, former.Reports, former.Plans))
            : new AtomFeed(
                FeedTitle.Of(context.Site.Settings, $"{former.Successors[0].Area.Name}: SEND inspection reports and plans"),
                context.CanonicalUrl(url),
                context.CanonicalUrl(SiteUrls.Area(former.Successors[0].Area.Slug)),
                site.Settings.Publisher,
                site.Settings.Language,
                FeedEntries.Of(context, former.Successors));
        return AtomWriter.Write(context, feed);
    }
}
