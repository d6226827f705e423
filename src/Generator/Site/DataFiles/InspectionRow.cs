
namespace SendSite.Site.DataFiles;

/// <summary>
/// One published inspection report as a row of the open data files. Empty text means "does not apply"
/// (a monitoring inspection has no outcome; only the latest full inspection with widespread failings has a plan status).
/// </summary>
public sealed record InspectionRow(
    string AreaCode,
    string AreaName,
    string Region,
    string Kind,
    string InspectionStart,
    string Published,
    string Outcome,
    int PriorityActions,
    string PlanStatus,
    string Team,
    string Url)
{
    /// <summary>The row's values in the order of <see cref="InspectionColumns.All"/>.</summary>
    public IReadOnlyList<string> Cells() =>
        [AreaCode, AreaName, Region, Kind, InspectionStart, Published, Outcome, PriorityActions.ToString(System.Globalization.CultureInfo.InvariantCulture), PlanStatus, Team, Url];
}
