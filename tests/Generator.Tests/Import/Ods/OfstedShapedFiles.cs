namespace SendSite.Tests.Import.Ods;

/// <summary>
/// Spreadsheets laid out as Ofsted publishes them (cover and notes sheets first; title rows above the table;
/// HYPERLINK formulas and links; date cells; declared runs of empty cells and rows), with rows for real areas
/// of the built-in registry so matching is tested on the names Ofsted uses. Every date, outcome and address
/// here is MADE UP for the tests: none is a finding about a real area.
/// </summary>
public static class OfstedShapedFiles
{
    public static readonly string[] ManagementInformationHeadings =
    [
        "Link to report webpage for the local authority and local area partnership", "Local area partnership", "Ofsted region",
        "Inspection start date", "Inspection publication date", "Inspection outcome", "Priority action plan required?",
        "Number of areas for priority action",
    ];

    public static readonly string[] StatisticsHeadings =
    [
        "Web link to Ofsted local authority webpage", "Local authority code", "Area name", "Ofsted region", "Inspection start date",
        "Inspection publication date", "Inspection outcome: written statement of action required?",
        "Number significant weaknesses identified in written statement of action", "Revisit start date", "Revisit publication date",
        "Revisit outcome: sufficient progress in addressing all significant weaknesses?",
        "Number significant weaknesses where sufficient progress has been made",
        "Number significant weaknesses where sufficient progress has not been made",
    ];

    public static OdsSheet Cover(string title) => new OdsSheet("Cover_sheet")
        .Row(title)
        .EmptyRows(2)
        .Row("This spreadsheet contains made-up test data.");

    public static OdsSheet ManagementInformationTable(params OdsCell[][] rows)
    {
        var sheet = new OdsSheet("Table_1")
            .Row("Table 1: Area SEND inspections and outcomes (made-up test data)")
            .Row("This worksheet contains one table.")
            .Row("Hyperlinks in column A open in a new window.")
            .Row("Some cells in this table are empty where no priority action plan was required.")
            .Row(ManagementInformationHeadings);
        foreach (var row in rows)
        {
            sheet.Row(row);
        }
        return sheet;
    }

    public static OdsSheet StatisticsTable(params OdsCell[][] rows)
    {
        var sheet = new OdsSheet("Data")
            .Row("Area SEND inspection and revisit outcomes (made-up test data)")
            .Row("This worksheet contains one table.")
            .Row(StatisticsHeadings);
        foreach (var row in rows)
        {
            sheet.Row(row);
        }
        return sheet.EmptyRows(3).Row("Source: made-up test data");
    }

    /// <summary>A row of the management information; <paramref name="link"/> null gives the CSV export's bare "Report webpage".</summary>
    public static OdsCell[] Inspection(OdsCell? link, string partnership, string region, DateOnly start, DateOnly published, string outcome, string planRequired, int? count) =>
    [
        link ?? OdsCell.Text("Report webpage"),
        OdsCell.Text(partnership),
        OdsCell.Text(region),
        OdsCell.Date(start.Year, start.Month, start.Day),
        OdsCell.Date(published.Year, published.Month, published.Day),
        OdsCell.Text(outcome),
        OdsCell.Text(planRequired),
        count is { } n ? OdsCell.Number(n) : OdsCell.Empty(),
    ];

    public static OdsCell[] EarlierInspection(string page, string code, string name, string region, DateOnly start, DateOnly published,
        string required, int? weaknesses, DateOnly? revisitStart, DateOnly? revisitPublished, string revisitOutcome, int? with, int? without) =>
    [
        OdsCell.Hyperlink(page, "Ofsted LA Webpage"),
        OdsCell.Text(code),
        OdsCell.Text(name),
        OdsCell.Text(region),
        OdsCell.Date(start.Year, start.Month, start.Day),
        OdsCell.Date(published.Year, published.Month, published.Day),
        OdsCell.Text(required),
        weaknesses is { } w ? OdsCell.Number(w) : OdsCell.Empty(),
        revisitStart is { } rs ? OdsCell.Date(rs.Year, rs.Month, rs.Day) : OdsCell.Text("Not revisited yet"),
        revisitPublished is { } rp ? OdsCell.Date(rp.Year, rp.Month, rp.Day) : OdsCell.Empty(),
        revisitOutcome.Length > 0 ? OdsCell.Text(revisitOutcome) : OdsCell.Empty(),
        with is { } a ? OdsCell.Number(a) : OdsCell.Empty(),
        without is { } b ? OdsCell.Number(b) : OdsCell.Empty(),
    ];
}
