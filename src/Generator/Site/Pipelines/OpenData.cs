using SendSite.Domain.Calendar;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.DataFiles;
using SendSite.Site.Metadata;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Open data for journalists and researchers: every published inspection report as CSV and JSON at /data/,
/// a copy of each dated with the build's day (so a download can be cited as it was), and the data dictionary page.
/// </summary>
public sealed class OpenData : IPipeline<BuildContext>
{
    public const string TemplateName = "data";
    public const string FileStem = "inspections";
    public const string EarlierFileStem = "earlier-inspections";

    public string Name => nameof(OpenData);

    public IReadOnlyList<string> Dependencies => [];

    /// <summary>
    /// Every file is made when it is written, its rows read from the model each time (cheap next to the text):
    /// the dated snapshot is the same text as the current file, but holding one for the other would keep the
    /// whole data set in memory for the length of the write.
    /// </summary>
    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var today = DisplayDates.UkDate(context.Site.Now);
        var snapshotStem = $"{FileStem}-{DisplayDates.Iso(today)}";
        var current = new[] { Link($"{FileStem}.csv", "CSV"), Link($"{FileStem}.json", "JSON") };
        var snapshots = new[] { Link($"{snapshotStem}.csv", "CSV"), Link($"{snapshotStem}.json", "JSON") };
        var earlierSnapshotStem = $"{EarlierFileStem}-{DisplayDates.Iso(today)}";
        var earlier = new[] { Link($"{EarlierFileStem}.csv", "CSV"), Link($"{EarlierFileStem}.json", "JSON") };
        var earlierSnapshots = new[] { Link($"{earlierSnapshotStem}.csv", "CSV"), Link($"{earlierSnapshotStem}.json", "JSON") };
        return
        [
            Data(current[0], () => Csv(context)),
            Data(current[1], () => InspectionJson.Write(InspectionRows.Of(context), SampleData(context))),
            Data(snapshots[0], () => Csv(context)),
            Data(snapshots[1], () => InspectionJson.Write(InspectionRows.Of(context), SampleData(context))),
            Data(earlier[0], () => EarlierCsv(context)),
            Data(earlier[1], () => EarlierInspectionJson.Write(EarlierInspectionRows.Of(context.Site), SampleData(context))),
            Data(earlierSnapshots[0], () => EarlierCsv(context)),
            Data(earlierSnapshots[1], () => EarlierInspectionJson.Write(EarlierInspectionRows.Of(context.Site), SampleData(context))),
            PageWriter.Deferred(SiteUrls.Data, () => Page(context, today, current, snapshots, earlier, earlierSnapshots)),
        ];
    }

    private static bool SampleData(BuildContext context) => context.Site.Settings.SampleData;

    private static string EarlierCsv(BuildContext context) =>
        SampleDataColumn.Csv(SampleData(context), [.. EarlierInspectionColumns.All.Select(c => c.Name)], EarlierInspectionRows.Of(context.Site).Select(r => r.Cells()));

    private static string Csv(BuildContext context) =>
        SampleDataColumn.Csv(SampleData(context), [.. InspectionColumns.All.Select(c => c.Name)], InspectionRows.Of(context).Select(r => r.Cells()));

    private static string Page(BuildContext context, DateOnly today, IReadOnlyList<LinkView> current, IReadOnlyList<LinkView> snapshots,
        IReadOnlyList<LinkView> earlier, IReadOnlyList<LinkView> earlierSnapshots)
    {
        var rows = InspectionRows.Of(context);
        var sampleData = SampleData(context);
        var view = new DataPageView(current, snapshots, DisplayDates.Long(today), rows.Count, SampleDataColumn.Columns(sampleData, InspectionColumns.All))
        {
            SampleData = sampleData,
            EarlierFiles = earlier,
            EarlierSnapshots = earlierSnapshots,
            EarlierRowCount = context.Site.EarlierInspections.Count,
            EarlierColumns = SampleDataColumn.Columns(sampleData, EarlierInspectionColumns.All),
            PlansDueFiles = [new LinkView($"{PlansDue.FileStem}.csv (CSV)", PlansDue.CsvUrl), new LinkView($"{PlansDue.FileStem}.json (JSON)", PlansDue.JsonUrl)],
            PlansDueFeed = new LinkView("Priority action plans due or overdue (Atom feed)", SiteUrls.PlansDueFeed),
            PlansDueCount = PlanDueRows.Of(context).Count,
            PlansDueColumns = SampleDataColumn.Columns(sampleData, PlanDueColumns.All),
        };
        var page = PageWriter.Frame(context, "Open data: area SEND inspections", TemplateName, SiteUrls.Data, "data",
            "Every published area SEND inspection report as CSV and JSON, with what each column means.",
            new LinkView("Home", SiteUrls.Home));
        return PageWriter.Html(context, TemplateName, page, view, Dataset(context, page, rows, current));
    }

    public const string CsvMediaType = "text/csv";
    public const string JsonMediaType = "application/json";

    private static System.Text.Json.Nodes.JsonObject Dataset(BuildContext context, PageView page, IReadOnlyList<InspectionRow> rows, IReadOnlyList<LinkView> files)
    {
        var settings = context.Site.Settings;
        // ISO 8601 interval from the first inspection's start to the newest publication: both come from the rows.
        var coverage = rows.Count == 0
            ? null
            : rows.Select(r => r.InspectionStart).Min(StringComparer.Ordinal) + "/" + rows.Select(r => r.Published).Max(StringComparer.Ordinal);
        return DatasetSchema.Of(
            "Area SEND inspection reports",
            page.Description ?? page.Title,
            page.CanonicalUrl,
            Organisations.Publisher(settings.Publisher, settings.ContactEmail),
            [
                new DataDownloadLink(context.CanonicalUrl(files[0].Href), CsvMediaType),
                new DataDownloadLink(context.CanonicalUrl(files[1].Href), JsonMediaType),
            ],
            [.. SampleDataColumn.Columns(settings.SampleData, InspectionColumns.All).Select(c => c.Name)],
            coverage);
    }

    private static LinkView Link(string fileName, string format) => new($"{fileName} ({format})", SiteUrls.DataFile(fileName));

    private static Document Data(LinkView link, Func<string> text) => Document.Deferred(SiteUrls.FileFor(link.Href), text);
}
