namespace SendSite.Site.DataFiles;

/// <summary>
/// One priority action plan that is owed and not yet published on the site, as a row of /data/plans-due.csv
/// and .json. <see cref="DaysLeft"/> is null once the plan is overdue.
/// </summary>
public sealed record PlanDueRow(
    string AreaCode,
    string AreaName,
    string Region,
    string Status,
    string ReportPublished,
    string SubmitBy,
    string PublishBy,
    int? DaysLeft,
    string AreaUrl,
    string ReportUrl)
{
    /// <summary>The row's values in the order of <see cref="PlanDueColumns.All"/>.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        AreaCode, AreaName, Region, Status, ReportPublished, SubmitBy, PublishBy,
        DaysLeft?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", AreaUrl, ReportUrl,
    ];
}
