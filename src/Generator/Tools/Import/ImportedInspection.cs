using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>
/// One row of the management information that passed every check, matched to its area. <see cref="Place"/>
/// names the row as its file does ("line 7", "sheet 'Data', row 7"). <see cref="OfficialReport"/> is null for
/// a row whose address was lost (a CSV saved from the spreadsheet keeps only the text "Report webpage").
/// </summary>
public sealed record ImportedInspection(
    int Line,
    string Place,
    string NameInFile,
    Area Area,
    DateOnly InspectionStart,
    DateOnly Published,
    InspectionOutcome Outcome,
    int PriorityActionCount,
    Uri? OfficialReport)
{
    /// <summary>The report's id, as a file written by hand would have it: the start date and the kind.</summary>
    public string ReportId => $"{InspectionStart:yyyy-MM-dd}-full-inspection";
}
