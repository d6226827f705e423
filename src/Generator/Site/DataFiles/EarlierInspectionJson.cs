using System.Text.Json;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The 2016-2022 rows as a JSON array with the CSV's column names, written property by property in column
/// order with "\n" line ends (same bytes on any machine). Text is exact (no CSV neutralising); a value that
/// does not apply is null; counts are numbers and written_statement_required is a boolean.
/// </summary>
public static class EarlierInspectionJson
{
    public static string Write(IReadOnlyList<EarlierInspectionRow> rows, bool sampleData) => JsonRows.Write(rows, WriteRow, sampleData);

    private static void WriteRow(Utf8JsonWriter json, EarlierInspectionRow row)
    {
        json.WriteString(EarlierInspectionColumns.AreaCode, row.AreaCode);
        json.WriteString(EarlierInspectionColumns.AreaName, row.AreaName);
        json.WriteString(EarlierInspectionColumns.CurrentAreaCodes, row.CurrentAreaCodes);
        json.WriteString(EarlierInspectionColumns.InspectionStart, row.InspectionStart);
        json.WriteString(EarlierInspectionColumns.Published, row.Published);
        json.WriteBoolean(EarlierInspectionColumns.StatementRequired, row.StatementRequired);
        JsonRows.NumberOrNull(json, EarlierInspectionColumns.Weaknesses, row.Weaknesses);
        JsonRows.TextOrNull(json, EarlierInspectionColumns.RevisitStart, row.RevisitStart);
        JsonRows.TextOrNull(json, EarlierInspectionColumns.RevisitPublished, row.RevisitPublished);
        JsonRows.TextOrNull(json, EarlierInspectionColumns.RevisitProgress, row.RevisitProgress);
        JsonRows.NumberOrNull(json, EarlierInspectionColumns.WithProgress, row.WithProgress);
        JsonRows.NumberOrNull(json, EarlierInspectionColumns.WithoutProgress, row.WithoutProgress);
        JsonRows.TextOrNull(json, EarlierInspectionColumns.OfstedPage, row.OfstedPage);
    }
}
