using System.Text.Json;

namespace SendSite.Site.DataFiles;

/// <summary>The due and overdue plans as a JSON array with the CSV's column names; days_left is a number, or null once overdue.</summary>
public static class PlanDueJson
{
    public static string Write(IReadOnlyList<PlanDueRow> rows, bool sampleData) => JsonRows.Write(rows, WriteRow, sampleData);

    private static void WriteRow(Utf8JsonWriter json, PlanDueRow row)
    {
        json.WriteString(PlanDueColumns.AreaCode, row.AreaCode);
        json.WriteString(PlanDueColumns.AreaName, row.AreaName);
        json.WriteString(PlanDueColumns.Region, row.Region);
        json.WriteString(PlanDueColumns.Status, row.Status);
        json.WriteString(PlanDueColumns.ReportPublished, row.ReportPublished);
        json.WriteString(PlanDueColumns.SubmitBy, row.SubmitBy);
        json.WriteString(PlanDueColumns.PublishBy, row.PublishBy);
        JsonRows.NumberOrNull(json, PlanDueColumns.DaysLeft, row.DaysLeft);
        json.WriteString(PlanDueColumns.AreaUrl, row.AreaUrl);
        json.WriteString(PlanDueColumns.ReportUrl, row.ReportUrl);
    }
}
