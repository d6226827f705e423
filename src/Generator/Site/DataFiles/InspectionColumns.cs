using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The columns of /data/inspections.csv and .json, in order: the CSV header, the JSON property names and the
/// data dictionary page all come from here, so they cannot drift apart.
/// </summary>
public static class InspectionColumns
{
    public const string AreaCode = "area_code";
    public const string AreaName = "area_name";
    public const string Region = "region";
    public const string Kind = "kind";
    public const string InspectionStart = "inspection_start";
    public const string Published = "published";
    public const string Outcome = "outcome";
    public const string PriorityActions = "priority_actions";
    public const string PlanStatus = "plan_status";
    public const string Team = "team";
    public const string Url = "url";

    public static IReadOnlyList<DataColumnView> All { get; } =
    [
        new(AreaCode, "The local authority's ONS code (9 characters, starting E06, E08, E09 or E10).", "E08000012"),
        new(AreaName, "The local area partnership's name as this site shows it.", "Liverpool"),
        new(Region, "The region of England the area is in.", "North West"),
        new(Kind, "full-inspection or monitoring-inspection.", "full-inspection"),
        new(InspectionStart, "The first day of the inspection, as yyyy-mm-dd.", "2024-03-04"),
        new(Published, "The day the report was published, UK time, as yyyy-mm-dd.", "2024-05-10"),
        new(Outcome, "The outcome of a full inspection in Ofsted's short words; empty for a monitoring inspection.", "Inconsistent experiences and outcomes"),
        new(PriorityActions, "How many areas for priority action the report names (a whole number, 0 if none).", "2"),
        new(PlanStatus, "Only on the area's latest full inspection when it found widespread and/or systemic failings: where the priority action plan stands (Due, Overdue, Published or Published late) on the day the data was built. Empty otherwise.", "Overdue"),
        new(Team, "The inspection team by inspectorate and discipline, with how many inspectors of each, e.g. 'Ofsted: education 2, social care 1; CQC: health 1'. Empty when the report does not record its team.", "Ofsted: education 2, social care 1; CQC: health 1"),
        new(Url, "The address of the report's page on this site.", ".../areas/<area-slug>/reports/2024-03-04-full-inspection/"),
    ];
}
