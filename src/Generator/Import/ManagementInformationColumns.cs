namespace SendSite.Import;

/// <summary>
/// The column headings of Ofsted's "Area SEND inspections and outcomes in England: management information"
/// that import reads. Headings are matched ignoring case and surrounding spaces; other columns are ignored.
/// </summary>
public static class ManagementInformationColumns
{
    public const string Link = "Link to report webpage";
    public const string Partnership = "Local area partnership";
    public const string Region = "Ofsted region";
    public const string StartDate = "Inspection start date";
    public const string PublicationDate = "Inspection publication date";
    public const string Outcome = "Inspection outcome";
    public const string PlanRequired = "Priority action plan required?";
    public const string PriorityActionCount = "Number of areas for priority action";

    public static IReadOnlyList<string> Required { get; } =
        [Link, Partnership, StartDate, PublicationDate, Outcome, PlanRequired, PriorityActionCount];
}
