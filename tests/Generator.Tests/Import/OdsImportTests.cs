using SendSite.Diagnostics;
using SendSite.Tests.Import.Ods;
using SendSite.Tests.Support;
using SendSite.Tools.Import;
using SendSite.Tools.Init;
using static SendSite.Tests.Import.Ods.OfstedShapedFiles;

namespace SendSite.Tests.Import;

/// <summary>
/// import of spreadsheets laid out as Ofsted publishes them, into a site made by `init` (England's registry,
/// with its abolished areas). The rows name real areas; every date, outcome and address is made up.
/// </summary>
public sealed class OdsImportTests : IDisposable
{
    private static readonly DateOnly Jan15 = new(2024, 1, 15);
    private static readonly DateOnly Mar1 = new(2024, 3, 1);
    private const string Positive = "Typically positive experiences and outcomes";
    private const string Inconsistent = "Inconsistent experiences and outcomes";
    private const string Failings = "Widespread and/or systemic failings";

    private readonly TempFolder folder = new();
    private readonly string input;

    public OdsImportTests()
    {
        input = folder.Combine("site");
        SiteScaffolder.Write(input);
    }

    public void Dispose() => folder.Dispose();

    private (ImportSummary? Summary, DiagnosticBag Problems) Import(string path)
    {
        var inputProblems = new DiagnosticBag();
        var fileProblems = new DiagnosticBag();
        var summary = ReportImporter.Run(input, path, inputProblems, fileProblems);
        Assert.False(inputProblems.HasErrors, string.Join("\n", inputProblems.Sorted));
        return (summary, fileProblems);
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(input, relative));

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

    private string ManagementInformation(string name, params OdsCell[][] rows)
    {
        var path = folder.Combine(name);
        OdsFile.Write(path, Cover("Area SEND inspections and outcomes in England: management information"), new OdsSheet("Notes").Row("Note 1", "Made up."),
            ManagementInformationTable(rows));
        return path;
    }

    private static OdsCell Link(int n) => OdsCell.Hyperlink($"https://reports.ofsted.gov.uk/provider/44/9000{n:D2}", "Report webpage");

    private string Statistics(params OdsCell[][] rows)
    {
        var path = folder.Combine($"statistics-{Guid.NewGuid():N}.ods");
        OdsFile.Write(path, Cover("Area SEND inspection and revisit outcomes"), new OdsSheet("Contents").Row("Data", "The table"),
            new OdsSheet("Notes").Row("Dorset and Northamptonshire are not counted (made-up note)."), StatisticsTable(rows));
        return path;
    }

    [Fact]
    public void The_management_information_ods_becomes_reports_with_addresses_from_formulas_and_links_and_dates_from_date_cells()
    {
        var file = ManagementInformation("mi.ods",
            Inspection(Link(1), "Bristol", "South West", Jan15, Mar1, Inconsistent, "No", null),
            Inspection(OdsCell.Link("https://reports.ofsted.gov.uk/provider/44/900002", "Report webpage"), "Durham", "North East, Yorkshire and the Humber", Jan15, Mar1, Failings, "Yes", 3),
            Inspection(Link(3), "St Helens", "North West", Jan15, Mar1, Positive, "No", null),
            Inspection(Link(4), "Kingston upon Hull", "North East, Yorkshire and the Humber", Jan15, Mar1, Positive, "No", null));

        var (summary, problems) = Import(file);

        Assert.Empty(problems.Sorted);
        Assert.Equal(4, summary!.Count(ImportChangeKind.Created));
        var durham = Read("reports/durham/2024-01-15-full-inspection.md");
        Assert.Contains("official_report: https://reports.ofsted.gov.uk/provider/44/900002\n", durham);
        Assert.Contains("published: 2024-03-01T00:00:00Z\n", durham);
        Assert.Contains("priority_action_count: 3\n", durham);
        Assert.Contains("official_report: https://reports.ofsted.gov.uk/provider/44/900001\n", Read("reports/bristol/2024-01-15-full-inspection.md"));
    }

    [Fact]
    public void Importing_the_same_ods_again_changes_no_byte_and_a_later_file_updates_only_what_changed()
    {
        OdsCell[] Bristol(string outcome, string required, int? count) => Inspection(Link(1), "Bristol", "South West", Jan15, Mar1, outcome, required, count);
        var first = ManagementInformation("mi-1.ods", Bristol(Inconsistent, "No", null), Inspection(Link(3), "St Helens", "North West", Jan15, Mar1, Positive, "No", null));
        Import(first);
        var before = Snapshot();

        var (again, _) = Import(first);
        Assert.Equal(2, again!.Count(ImportChangeKind.Unchanged));
        Assert.Equal(before, Snapshot());

        var later = ManagementInformation("mi-2.ods", Bristol(Failings, "Yes", 2), Inspection(Link(3), "St Helens", "North West", Jan15, Mar1, Positive, "No", null));
        var (summary, _) = Import(later);
        Assert.Equal(
            ["updated reports/bristol/2024-01-15-full-inspection.md (outcome, priority_action_count)", "created 0, updated 1, unchanged 1, kept as written by hand 0."],
            summary!.Lines());
    }

    [Fact]
    public void The_csv_export_with_title_rows_lost_addresses_and_NA_imports_with_one_warning_listing_the_lines()
    {
        var csv = folder.Write("mi.csv",
            "Table 1: Area SEND inspections and outcomes (made-up test data),,,,,,,\r\n"
            + "This worksheet contains one table.,,,,,,,\r\n"
            + "Hyperlinks in column A open in a new window.,,,,,,,\r\n"
            + string.Join(",", ManagementInformationHeadings.Select(h => $"\"{h}\"")) + "\r\n"
            + "Report webpage,Bristol,South West,15/01/2024,01/03/2024,Inconsistent experiences and outcomes,No,NA\r\n"
            + "Report webpage,St Helens,North West,15/01/2024,01/03/2024,Typically positive experiences and outcomes,No,\r\n");

        var (summary, problems) = Import(csv);

        var warning = Assert.Single(problems.Sorted);
        Assert.Equal((DiagnosticCodes.ImportNoAddress, Severity.Warning, 5), (warning.Code, warning.Severity, warning.Location.Line));
        Assert.Contains("2 rows have no report address", warning.Message);
        Assert.Contains("line 5, line 6", warning.Message);
        Assert.Equal(2, summary!.Count(ImportChangeKind.Created));
        Assert.DoesNotContain("official_report", Read("reports/bristol/2024-01-15-full-inspection.md"));
    }

    [Fact]
    public void A_csv_export_after_the_ods_keeps_the_addresses_the_ods_gave()
    {
        Import(ManagementInformation("mi.ods", Inspection(Link(1), "Bristol", "South West", Jan15, Mar1, Inconsistent, "No", null)));
        var before = Read("reports/bristol/2024-01-15-full-inspection.md");
        var csv = folder.Write("mi.csv", string.Join(",", ManagementInformationHeadings.Select(h => $"\"{h}\"")) + "\n"
            + "Report webpage,Bristol,South West,15/01/2024,01/03/2024,Inconsistent experiences and outcomes,No,\n");

        var (summary, _) = Import(csv);

        Assert.Equal(1, summary!.Count(ImportChangeKind.Unchanged));
        Assert.Equal(before, Read("reports/bristol/2024-01-15-full-inspection.md"));
    }

    [Fact]
    public void Bad_cells_are_each_an_error_naming_the_file_sheet_row_and_column_and_nothing_is_written()
    {
        var file = ManagementInformation("bad.ods",
            [Link(1), OdsCell.Text("Bristol"), OdsCell.Text("South West"), OdsCell.Text("31/02/2024"), OdsCell.Date(2024, 3, 1), OdsCell.Text(Inconsistent), OdsCell.Text("No"), OdsCell.Empty()],
            Inspection(Link(2), "Durham", "North East, Yorkshire and the Humber", Jan15, Mar1, "Requires improvement", "No", null),
            Inspection(Link(3), "St Helens", "North West", Jan15, Mar1, Failings, "Yes", null),
            Inspection(Link(4), "Atlantis", "North West", Jan15, Mar1, Positive, "No", null));

        var (summary, problems) = Import(file);

        Assert.Null(summary);
        Assert.Equal(
        [
            (DiagnosticCodes.ImportBadDate, 6, 4, "Sheet 'Table_1', row 6, column D ('Inspection start date'): '31/02/2024' is not a date"),
            (DiagnosticCodes.ImportUnknownOutcome, 7, 6, "Sheet 'Table_1', row 7, column F ('Inspection outcome'): 'Requires improvement'"),
            (DiagnosticCodes.ImportInconsistentRow, 8, 8, "Sheet 'Table_1', row 8, column H ('Number of areas for priority action'): it is empty"),
            (DiagnosticCodes.ImportUnknownArea, 9, 2, "Sheet 'Table_1', row 9, column B ('Local area partnership'): no area in areas.yml is called 'Atlantis'"),
        ],
            problems.Sorted.Select(d => (d.Code, d.Location.Line, d.Location.Column, d.Message[..Math.Min(d.Message.Length, ExpectedLength(d.Code))])));
        Assert.All(problems.Sorted, d => Assert.Equal(file, d.Location.File));
        Assert.False(Directory.Exists(Path.Combine(input, "reports")));
    }

    private static int ExpectedLength(string code) => code switch
    {
        DiagnosticCodes.ImportBadDate => "Sheet 'Table_1', row 6, column D ('Inspection start date'): '31/02/2024' is not a date".Length,
        DiagnosticCodes.ImportUnknownOutcome => "Sheet 'Table_1', row 7, column F ('Inspection outcome'): 'Requires improvement'".Length,
        DiagnosticCodes.ImportInconsistentRow => "Sheet 'Table_1', row 8, column H ('Number of areas for priority action'): it is empty".Length,
        _ => "Sheet 'Table_1', row 9, column B ('Local area partnership'): no area in areas.yml is called 'Atlantis'".Length,
    };

    [Fact]
    public void The_2016_2022_statistics_become_each_areas_history_with_an_abolished_county_shown_on_its_successors()
    {
        var file = Statistics(
            EarlierInspection("https://reports.ofsted.gov.uk/local-authority/9001", "E10000006", "Cumbria", "North West", new(2017, 3, 6), new(2017, 5, 2),
                "Yes", 4, new(2019, 6, 10), new(2019, 7, 30), "Some", 2, 2),
            EarlierInspection("https://reports.ofsted.gov.uk/local-authority/9002", "E06000023", "Bristol", "South West", new(2018, 1, 15), new(2018, 3, 9),
                "No", null, null, null, "", null, null),
            EarlierInspection("https://reports.ofsted.gov.uk/local-authority/9003", "E08000013", "St Helens", "North West", new(2019, 5, 13), new(2019, 7, 5),
                "Yes", 2, null, null, "", null, null));

        var (summary, problems) = Import(file);

        Assert.Empty(problems.Sorted);
        Assert.Equal(["created earlier-inspections.yml", "created 1, updated 0, unchanged 0, kept as written by hand 0."], summary!.Lines());
        var history = Read("earlier-inspections.yml");
        Assert.Contains(
            "  - code: E10000006\n    name: \"Cumbria\"\n    areas:\n      - cumberland\n      - westmorland-and-furness\n"
            + "    ofsted_page: \"https://reports.ofsted.gov.uk/local-authority/9001\"\n    inspection_start: 2017-03-06\n    published: 2017-05-02\n"
            + "    written_statement_required: true\n    significant_weaknesses: 4\n    revisit:\n      start: 2019-06-10\n      published: 2019-07-30\n"
            + "      sufficient_progress: some\n      weaknesses_with_progress: 2\n      weaknesses_without_progress: 2\n", history);
        Assert.Contains("  - code: E06000023\n    name: \"Bristol\"\n    areas:\n      - bristol\n", history);
        Assert.True(history.IndexOf("E06000023", StringComparison.Ordinal) < history.IndexOf("E08000013", StringComparison.Ordinal));

        var before = Snapshot();
        var (again, _) = Import(file);
        Assert.Equal(1, again!.Count(ImportChangeKind.Unchanged));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_later_statistics_file_names_the_areas_it_changed()
    {
        OdsCell[] StHelens(string outcome) => EarlierInspection("https://reports.ofsted.gov.uk/local-authority/9003", "E08000013", "St Helens", "North West",
            new(2019, 5, 13), new(2019, 7, 5), "Yes", 2, new(2021, 6, 7), outcome.Length > 0 ? new(2021, 7, 9) : null, outcome, outcome.Length > 0 ? 2 : null, outcome.Length > 0 ? 0 : null);
        Import(Statistics(StHelens("")));

        var (summary, _) = Import(Statistics(StHelens("Yes")));

        Assert.Equal("updated earlier-inspections.yml (changed E08000013 St Helens)", summary!.Lines().First());
        Assert.Contains("      sufficient_progress: all\n", Read("earlier-inspections.yml"));
    }

    [Fact]
    public void A_statistics_row_matches_by_code_before_name_and_by_name_when_the_code_is_unknown()
    {
        var file = Statistics(
            EarlierInspection("https://example.org/1", "E06000047", "Durham", "North East", new(2017, 3, 6), new(2017, 5, 2), "No", null, null, null, "", null, null),
            EarlierInspection("https://example.org/2", "E99999999", "Kingston upon Hull", "North East", new(2017, 3, 6), new(2017, 5, 2), "No", null, null, null, "", null, null));

        var (_, problems) = Import(file);

        Assert.Empty(problems.Sorted);
        var history = Read("earlier-inspections.yml");
        Assert.Contains("  - code: E06000047\n    name: \"Durham\"\n    areas:\n      - durham\n", history);
        Assert.Contains("  - code: E06000010\n    name: \"Kingston upon Hull\"\n    areas:\n      - kingston-upon-hull\n", history);
    }

    [Fact]
    public void Inconsistent_statistics_are_errors_at_their_cells()
    {
        var file = Statistics(
            EarlierInspection("https://example.org/1", "E06000047", "Durham", "North East", new(2017, 3, 6), new(2017, 5, 2), "Yes", null, null, null, "", null, null),
            EarlierInspection("https://example.org/2", "E06000023", "Bristol", "South West", new(2017, 3, 6), new(2017, 5, 2), "Maybe", null, null, null, "", null, null),
            EarlierInspection("https://example.org/3", "E08000013", "St Helens", "North West", new(2017, 3, 6), new(2017, 5, 2), "Yes", 3, new(2019, 1, 7), new(2019, 2, 8), "Some", 1, 1));

        var (summary, problems) = Import(file);

        Assert.Null(summary);
        Assert.Equal(
            [(DiagnosticCodes.ImportInconsistentRow, 4, 8), (DiagnosticCodes.ImportBadAnswer, 5, 7), (DiagnosticCodes.ImportInconsistentRow, 6, 13)],
            problems.Sorted.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.StartsWith("Sheet 'Data', row 4, column H ('Number significant weaknesses identified in written statement of action')", problems.Sorted[0].Message);
        Assert.False(File.Exists(Path.Combine(input, "earlier-inspections.yml")));
    }

    [Fact]
    public void A_file_of_neither_publication_says_which_headings_import_looks_for()
    {
        var file = folder.Combine("other.ods");
        OdsFile.Write(file, new OdsSheet("Sheet1").Row("Name", "Score").Row("A", "1"));

        var (summary, problems) = Import(file);

        Assert.Null(summary);
        var error = Assert.Single(problems.Sorted);
        Assert.Contains("'Local area partnership'", error.Message);
        Assert.Contains("'Inspection outcome: written statement of action required?'", error.Message);
    }
}
