using SendSite.Site.Views;

namespace SendSite.Site.DataFiles;

/// <summary>
/// The columns of /data/earlier-inspections.csv and .json: the 2016-2022 framework's inspections, in a file of
/// their own so they are never mixed into the 2023 framework's outcome column. The CSV header, the JSON
/// property names and the data dictionary all come from here.
/// </summary>
public static class EarlierInspectionColumns
{
    public const string AreaCode = "area_code";
    public const string AreaName = "area_name";
    public const string CurrentAreaCodes = "current_area_codes";
    public const string InspectionStart = "inspection_start";
    public const string Published = "published";
    public const string StatementRequired = "written_statement_required";
    public const string Weaknesses = "significant_weaknesses";
    public const string RevisitStart = "revisit_start";
    public const string RevisitPublished = "revisit_published";
    public const string RevisitProgress = "revisit_sufficient_progress";
    public const string WithProgress = "weaknesses_with_progress";
    public const string WithoutProgress = "weaknesses_without_progress";
    public const string OfstedPage = "ofsted_page";

    public static IReadOnlyList<DataColumnView> All { get; } =
    [
        new(AreaCode, "The ONS code of the area as it was inspected; it may since have been abolished.", "E10000006"),
        new(AreaName, "The area's name as it was inspected.", "Cumbria"),
        new(CurrentAreaCodes, "The ONS codes of the current areas whose pages show this inspection, separated by '; ': the area itself, or the areas that replaced it.", "E06000063; E06000064"),
        new(InspectionStart, "The first day of the inspection, as yyyy-mm-dd.", "2017-03-06"),
        new(Published, "The day Ofsted published the inspection letter, as yyyy-mm-dd.", "2017-05-02"),
        new(StatementRequired, "yes when inspectors found significant weaknesses and required a written statement of action; no otherwise. This framework gave no graded outcome.", "yes"),
        new(Weaknesses, "How many significant weaknesses the written statement of action had to address; empty when none was required.", "4"),
        new(RevisitStart, "The first day of the revisit, as yyyy-mm-dd; empty when there was none.", "2019-06-10"),
        new(RevisitPublished, "The day the revisit letter was published, as yyyy-mm-dd; empty until it is.", "2019-07-30"),
        new(RevisitProgress, "Whether the area had made sufficient progress in addressing all, some or none of the significant weaknesses; empty until the revisit letter is published.", "some"),
        new(WithProgress, "Significant weaknesses where sufficient progress had been made.", "2"),
        new(WithoutProgress, "Significant weaknesses where sufficient progress had not been made.", "2"),
        new(OfstedPage, "The area's page on Ofsted's website, where the letters are; empty when not known.", "https://reports.ofsted.gov.uk/..."),
    ];
}
