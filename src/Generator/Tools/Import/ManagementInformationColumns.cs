using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// The columns of Ofsted's "Area SEND inspections and outcomes in England: management information" (the 2023
/// framework) that import reads, with their published headings. The shorter headings earlier versions of
/// import took are still accepted. Other columns are ignored.
/// </summary>
public static class ManagementInformationColumns
{
    public static SheetColumn Link { get; } = new("Link to report webpage for the local authority and local area partnership", true, "Link to report webpage");
    public static SheetColumn Partnership { get; } = new("Local area partnership", true);
    public static SheetColumn Code { get; } = new("Local authority code", false, "GSS code", "Area code");
    public static SheetColumn Region { get; } = new("Ofsted region", false);
    public static SheetColumn StartDate { get; } = new("Inspection start date", true);
    public static SheetColumn PublicationDate { get; } = new("Inspection publication date", true);
    public static SheetColumn Outcome { get; } = new("Inspection outcome", true);
    public static SheetColumn PlanRequired { get; } = new("Priority action plan required?", true);
    public static SheetColumn PriorityActionCount { get; } = new("Number of areas for priority action", true);

    public static IReadOnlyList<SheetColumn> All { get; } =
        [Link, Partnership, Code, Region, StartDate, PublicationDate, Outcome, PlanRequired, PriorityActionCount];
}
