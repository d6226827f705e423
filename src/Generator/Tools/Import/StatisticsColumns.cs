using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// The columns of Ofsted's official statistics of the 2016-2022 framework, "Area SEND inspection and revisit
/// outcomes from inspections and revisits carried out by 31 August 2022": one row per area, with whether a
/// written statement of action was required and what the revisit found.
/// </summary>
public static class StatisticsColumns
{
    public static SheetColumn OfstedPage { get; } = new("Web link to Ofsted local authority webpage", false, "Web link to Ofsted webpage");
    public static SheetColumn Code { get; } = new("Local authority code", true, "GSS code", "Area code");
    public static SheetColumn Name { get; } = new("Area name", true, "Local authority", "Local authority name");
    public static SheetColumn Region { get; } = new("Ofsted region", false);
    public static SheetColumn StartDate { get; } = new("Inspection start date", true);
    public static SheetColumn PublicationDate { get; } = new("Inspection publication date", true);
    public static SheetColumn StatementRequired { get; } = new("Inspection outcome: written statement of action required?", true, "Written statement of action required?");
    public static SheetColumn Weaknesses { get; } = new("Number significant weaknesses identified in written statement of action", true, "Number of significant weaknesses");
    public static SheetColumn RevisitStart { get; } = new("Revisit start date", true);
    public static SheetColumn RevisitPublication { get; } = new("Revisit publication date", true);
    public static SheetColumn RevisitOutcome { get; } = new("Revisit outcome: sufficient progress in addressing all significant weaknesses?", true, "Revisit outcome");
    public static SheetColumn WithProgress { get; } = new("Number significant weaknesses where sufficient progress has been made", true);
    public static SheetColumn WithoutProgress { get; } = new("Number significant weaknesses where sufficient progress has not been made", true);

    public static IReadOnlyList<SheetColumn> All { get; } =
        [OfstedPage, Code, Name, Region, StartDate, PublicationDate, StatementRequired, Weaknesses, RevisitStart, RevisitPublication, RevisitOutcome, WithProgress, WithoutProgress];
}
