using SendSite.Calendar;
using SendSite.Engine;
using SendSite.Metadata;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>
/// Open data for journalists and researchers: every published inspection report as CSV and JSON at /data/,
/// a copy of each dated with the build's day (so a download can be cited as it was), and the data dictionary page.
/// </summary>
public sealed class OpenData : IPipeline
{
    public const string TemplateName = "data";
    public const string FileStem = "inspections";

    public string Name => nameof(OpenData);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var rows = InspectionRows.Of(context);
        var csv = CsvWriter.Write([.. InspectionColumns.All.Select(c => c.Name)], rows.Select(r => r.Cells()));
        var json = InspectionJson.Write(rows);
        var today = DisplayDates.UkDate(context.Site.Now);
        var snapshotStem = $"{FileStem}-{DisplayDates.Iso(today)}";

        var current = new[] { Link($"{FileStem}.csv", "CSV"), Link($"{FileStem}.json", "JSON") };
        var snapshots = new[] { Link($"{snapshotStem}.csv", "CSV"), Link($"{snapshotStem}.json", "JSON") };
        var view = new DataPageView(current, snapshots, DisplayDates.Long(today), rows.Count, InspectionColumns.All);
        var page = PageWriter.Frame(context, "Open data: area SEND inspections", TemplateName, SiteUrls.Data, "data",
            "Every published area SEND inspection report as CSV and JSON, with what each column means.",
            new LinkView("Home", SiteUrls.Home));
        return
        [
            Data(current[0], csv),
            Data(current[1], json),
            Data(snapshots[0], csv),
            Data(snapshots[1], json),
            PageWriter.Write(context, TemplateName, page, view, Dataset(context, page, rows, current)),
        ];
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
                new DataDownloadLink(PageWriter.CanonicalUrl(context, files[0].Href), CsvMediaType),
                new DataDownloadLink(PageWriter.CanonicalUrl(context, files[1].Href), JsonMediaType),
            ],
            [.. InspectionColumns.All.Select(c => c.Name)],
            coverage);
    }

    private static LinkView Link(string fileName, string format) => new($"{fileName} ({format})", SiteUrls.DataFile(fileName));

    private static Document Data(LinkView link, string text) => Document.FromText(SiteUrls.FileFor(link.Href), text);
}
