
namespace SendSite.Site.DataFiles;

/// <summary>
/// One 2016-2022 inspection as a row of the open data. Empty text and null numbers mean "does not apply" or
/// "not known yet"; <see cref="StatementRequired"/> is always known.
/// </summary>
public sealed record EarlierInspectionRow(
    string AreaCode,
    string AreaName,
    string CurrentAreaCodes,
    string InspectionStart,
    string Published,
    bool StatementRequired,
    int? Weaknesses,
    string RevisitStart,
    string RevisitPublished,
    string RevisitProgress,
    int? WithProgress,
    int? WithoutProgress,
    string OfstedPage)
{
    /// <summary>The row's values in the order of <see cref="EarlierInspectionColumns.All"/>.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        AreaCode, AreaName, CurrentAreaCodes, InspectionStart, Published, StatementRequired ? "yes" : "no", Number(Weaknesses),
        RevisitStart, RevisitPublished, RevisitProgress, Number(WithProgress), Number(WithoutProgress), OfstedPage,
    ];

    private static string Number(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
