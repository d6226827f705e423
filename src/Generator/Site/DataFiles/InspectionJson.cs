using System.Text.Json;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The inspection rows as a JSON array of objects with the CSV's column names. Written property by property
/// in column order, indented with "\n" line ends, so two builds give the same bytes on any machine.
/// A value that does not apply is null here (empty in the CSV); priority_actions is a number.
/// </summary>
public static class InspectionJson
{
    public static string Write(IReadOnlyList<InspectionRow> rows, bool sampleData) => JsonRows.Write(rows, WriteRow, sampleData);

    private static void WriteRow(Utf8JsonWriter json, InspectionRow row)
    {
        json.WriteString(InspectionColumns.AreaCode, row.AreaCode);
        json.WriteString(InspectionColumns.AreaName, row.AreaName);
        json.WriteString(InspectionColumns.Region, row.Region);
        json.WriteString(InspectionColumns.Kind, row.Kind);
        json.WriteString(InspectionColumns.InspectionStart, row.InspectionStart);
        json.WriteString(InspectionColumns.Published, row.Published);
        JsonRows.TextOrNull(json, InspectionColumns.Outcome, row.Outcome);
        json.WriteNumber(InspectionColumns.PriorityActions, row.PriorityActions);
        JsonRows.TextOrNull(json, InspectionColumns.PlanStatus, row.PlanStatus);
        JsonRows.TextOrNull(json, InspectionColumns.Team, row.Team);
        json.WriteString(InspectionColumns.Url, row.Url);
    }
}
