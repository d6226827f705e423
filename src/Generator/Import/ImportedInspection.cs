using SendSite.Content;

namespace SendSite.Import;

/// <summary>One row of the management information that passed every check, matched to its area.</summary>
public sealed record ImportedInspection(
    int Line,
    string NameInFile,
    Area Area,
    DateOnly InspectionStart,
    DateOnly Published,
    InspectionOutcome Outcome,
    int PriorityActionCount,
    Uri OfficialReport)
{
    /// <summary>The report's id, as a file written by hand would have it: the start date and the kind.</summary>
    public string ReportId => $"{InspectionStart:yyyy-MM-dd}-full-inspection";
}
