using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The columns of /data/plans-due.csv and .json: priority action plans that are due or overdue on the day the
/// site was built. The CSV header, the JSON property names and the data dictionary all come from here.
/// </summary>
public static class PlanDueColumns
{
    public const string AreaCode = "area_code";
    public const string AreaName = "area_name";
    public const string Region = "region";
    public const string Status = "status";
    public const string ReportPublished = "report_published";
    public const string SubmitBy = "submit_by";
    public const string PublishBy = "publish_by";
    public const string DaysLeft = "days_left";
    public const string AreaUrl = "area_url";
    public const string ReportUrl = "report_url";

    public const string Due = "due";
    public const string Overdue = "overdue";

    public static IReadOnlyList<DataColumnView> All { get; } =
    [
        new(AreaCode, "The area's ONS code.", "E99000001"),
        new(AreaName, "The area's name.", "St Elvery's"),
        new(Region, "The area's region of England.", "North West"),
        new(Status, "due while the deadline to publish has not passed; overdue after it. A plan leaves the file when it is published on this site.", "overdue"),
        new(ReportPublished, "The day the full inspection report that found widespread and/or systemic failings was published, as yyyy-mm-dd. The deadlines are counted from it.", "2026-07-14"),
        new(SubmitBy, "The last day to send the plan to Ofsted and CQC: 35 working days after the report, as yyyy-mm-dd.", "2026-09-01"),
        new(PublishBy, "The last day to publish the plan: 70 working days after the report, as yyyy-mm-dd.", "2026-10-20"),
        new(DaysLeft, "Calendar days from the day the data was built to publish_by (0 on the day itself); empty when overdue.", "12"),
        new(AreaUrl, "The area's page on this site, which shows the deadlines.", "https://example.org/areas/st-elverys/"),
        new(ReportUrl, "The report the plan must respond to, on this site.", "https://example.org/areas/st-elverys/reports/2026-05-11-full-inspection/"),
    ];
}
