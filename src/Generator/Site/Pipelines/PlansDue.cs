using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Atom;
using SendSite.Site.DataFiles;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Deadline reminders for publishers and journalists: the priority action plans due or overdue at the build's
/// --now, as /data/plans-due.csv and .json and the Atom feed /feeds/plans-due.xml. The data page describes the
/// columns (<see cref="OpenData"/>); area pages that owe a plan link to the feed. A weekly scheduled rebuild
/// turns "due" into "overdue" without a commit.
/// </summary>
public sealed class PlansDue : IPipeline<BuildContext>
{
    public const string FileStem = "plans-due";

    public string Name => nameof(PlansDue);

    public IReadOnlyList<string> Dependencies => [];

    public static string CsvUrl => SiteUrls.DataFile(FileStem + ".csv");

    public static string JsonUrl => SiteUrls.DataFile(FileStem + ".json");

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
    [
        Document.Deferred(SiteUrls.FileFor(CsvUrl), () => SampleDataColumn.Csv(context.Site.Settings.SampleData, [.. PlanDueColumns.All.Select(c => c.Name)], PlanDueRows.Of(context).Select(r => r.Cells()))),
        Document.Deferred(SiteUrls.FileFor(JsonUrl), () => PlanDueJson.Write(PlanDueRows.Of(context), context.Site.Settings.SampleData)),
        Document.Deferred(SiteUrls.FileFor(SiteUrls.PlansDueFeed), () => Feed(context)),
    ];

    private static string Feed(BuildContext context)
    {
        var site = context.Site;
        var feed = new AtomFeed(
            FeedTitle.Of(site.Settings, $"{site.Settings.Title}: priority action plans due or overdue"),
            context.CanonicalUrl(SiteUrls.PlansDueFeed),
            context.CanonicalUrl(SiteUrls.Data) + "#" + DataPageSection,
            site.Settings.Publisher,
            site.Settings.Language,
            PlanDueEntries.Of(context));
        // With no plan owed there is no entry to date the feed by; --now is the only other stable date.
        return AtomWriter.Write(context, feed);
    }

    /// <summary>The data page's section on these files (data.liquid).</summary>
    public const string DataPageSection = "plans-due";
}
