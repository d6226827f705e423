using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Import;

namespace SendSite.Tests.Import;

/// <summary>
/// import on small fixture CSVs in Ofsted's format (Fixtures/), into fictional areas whose names carry every
/// kind of variant: ", City of", "County", "St."/"St", "&amp;"/"and", case, a former name, a split county.
/// </summary>
public sealed class ReportImporterTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public ReportImporterTests()
    {
        input = folder.Combine("input");
        folder.Write("input/site.yml", SampleInput.SiteYml);
        File.Copy(Fixture("areas.yml"), folder.Combine("input", "areas.yml"));
    }

    public void Dispose() => folder.Dispose();

    private static string Fixture(string name) => RepositoryRoot.Combine("tests", "Generator.Tests", "Import", "Fixtures", name);

    private (ImportSummary? Summary, DiagnosticBag Problems) Import(string fixture)
    {
        var inputProblems = new DiagnosticBag();
        var csvProblems = new DiagnosticBag();
        var summary = ReportImporter.Run(input, Fixture(fixture), inputProblems, csvProblems);
        Assert.False(inputProblems.HasErrors, string.Join("\n", inputProblems.Sorted));
        return (summary, csvProblems);
    }

    private Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(input, f), File.ReadAllBytes);

    [Fact]
    public void Every_name_variant_finds_its_area_and_becomes_a_report_stub_with_only_the_data()
    {
        var (summary, problems) = Import("management-information.csv");

        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted));
        Assert.Equal(6, summary!.Count(ImportChangeKind.Created));
        Assert.Equal(
            ["reports/brackwater-and-hove/2024-06-10-full-inspection.md", "reports/durnmoor/2024-01-15-full-inspection.md",
             "reports/kingsford-upon-tarn/2024-09-16-full-inspection.md", "reports/southmere/2023-05-08-full-inspection.md",
             "reports/st-aldhelms/2024-03-04-full-inspection.md", "reports/wellmarsh-bay/2025-01-13-full-inspection.md"],
            summary.Changes.Select(c => c.RelativePath));
        var durnmoor = File.ReadAllText(Path.Combine(input, "reports/durnmoor/2024-01-15-full-inspection.md"));
        Assert.Contains("outcome: widespread-failings\n", durnmoor);
        Assert.Contains("priority_action_count: 3\n", durnmoor);
        Assert.Contains("published: 2024-03-01T00:00:00Z\n", durnmoor);
        Assert.Contains("official_report: https://example.org/ofsted/reports/202\n", durnmoor);
        Assert.EndsWith("---\n", durnmoor); // no body: no invented text
    }

    [Fact]
    public void The_imported_site_is_valid()
    {
        Import("management-information.csv");
        var problems = new DiagnosticBag();

        ContentCheck.Run(input, problems, PipelineHarness.DefaultNow);

        Assert.Empty(problems.Sorted);
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing_byte_for_byte()
    {
        Import("management-information.csv");
        var before = Snapshot();

        var (summary, _) = Import("management-information.csv");

        Assert.Equal(6, summary!.Count(ImportChangeKind.Unchanged));
        Assert.Equal("created 0, updated 0, unchanged 6, kept as written by hand 0.", Assert.Single(summary.Lines()));
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }

    [Fact]
    public void A_newer_file_updates_only_what_changed_and_says_which_fields()
    {
        Import("management-information.csv");
        var before = Snapshot();

        var (summary, _) = Import("management-information-newer.csv");

        Assert.Equal(
            ["updated reports/durnmoor/2024-01-15-full-inspection.md (priority_action_count)",
             "created reports/north-fenshire/2025-04-07-full-inspection.md",
             "updated reports/southmere/2023-05-08-full-inspection.md (published)",
             "created 1, updated 2, unchanged 4, kept as written by hand 0."],
            summary!.Lines());
        var after = Snapshot();
        var untouched = "reports/st-aldhelms/2024-03-04-full-inspection.md";
        Assert.Equal(before[untouched], after[untouched]);
    }

    [Fact]
    public void A_report_written_by_hand_is_never_overwritten()
    {
        var path = folder.Write("input/reports/southmere/2023-05-08-full-inspection.md", "---\narea: southmere\n---\nWritten by hand.\n");

        var (summary, _) = Import("management-information.csv");

        Assert.Equal("---\narea: southmere\n---\nWritten by hand.\n", File.ReadAllText(path));
        Assert.Equal(1, summary!.Count(ImportChangeKind.KeptWrittenByHand));
    }

    [Theory]
    [InlineData("malformed-date.csv", DiagnosticCodes.ImportBadDate, 3, "Line 3, column 4 ('Inspection start date'): '2024-03-04' is not a date written dd/mm/yyyy")]
    [InlineData("unknown-outcome.csv", DiagnosticCodes.ImportUnknownOutcome, 2, "'Requires improvement'")]
    [InlineData("duplicate-row.csv", DiagnosticCodes.ImportDuplicateRow, 4, "same inspection as line 2")]
    [InlineData("unterminated-quote.csv", DiagnosticCodes.ImportMalformedCsv, 2, "never closed")]
    public void A_bad_row_is_an_error_naming_the_file_and_line_and_nothing_is_written(string fixture, string code, int line, string words)
    {
        var (summary, problems) = Import(fixture);

        Assert.Null(summary);
        var error = Assert.Single(problems.Sorted);
        Assert.Equal((code, line), (error.Code, error.Location.Line));
        Assert.EndsWith(fixture, error.Location.File);
        Assert.Contains(words, error.Message);
        Assert.False(Directory.Exists(Path.Combine(input, "reports")), "a file with an error must write nothing");
    }

    [Fact]
    public void A_row_with_a_name_but_nothing_else_is_reported_not_skipped_as_a_note()
    {
        var csv = folder.Write("partial.csv",
            File.ReadAllText(Fixture("malformed-date.csv")).Split("\r\n")[0] + "\r\n,Southmere,,,,,,,\r\n");
        var inputProblems = new DiagnosticBag();
        var csvProblems = new DiagnosticBag();

        var summary = ReportImporter.Run(input, csv, inputProblems, csvProblems);

        Assert.Null(summary);
        Assert.Contains(csvProblems.Sorted, d => d.Code == DiagnosticCodes.ImportBadDate && d.Location.Line == 2);
        Assert.Contains(csvProblems.Sorted, d => d.Code == DiagnosticCodes.ImportUnknownOutcome);
    }

    [Fact]
    public void A_region_that_differs_from_the_registry_is_a_warning_and_the_row_is_imported()
    {
        var csv = folder.Write("region.csv",
            File.ReadAllText(Fixture("malformed-date.csv")).Split("\r\n")[0] + "\r\n" +
            "https://example.org/ofsted/reports/201,Southmere,London,08/05/2023,30/06/2023,Inconsistent experiences and outcomes,No,,\r\n");
        var inputProblems = new DiagnosticBag();
        var csvProblems = new DiagnosticBag();

        var summary = ReportImporter.Run(input, csv, inputProblems, csvProblems);

        var warning = Assert.Single(csvProblems.Sorted);
        Assert.Equal((DiagnosticCodes.ImportRegionDiffers, Severity.Warning, 2, 3), (warning.Code, warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.Equal(1, summary!.Count(ImportChangeKind.Created));
    }

    [Fact]
    public void An_unknown_outcome_lists_the_accepted_labels()
    {
        var (_, problems) = Import("unknown-outcome.csv");

        var fix = Assert.Single(problems.Sorted).Fix;
        Assert.Contains("'Typically positive experiences and outcomes'", fix);
        Assert.Contains("'Inconsistent experiences and outcomes'", fix);
        Assert.Contains("'Widespread and/or systemic failings'", fix);
    }

    [Fact]
    public void Unknown_and_ambiguous_names_are_each_reported_with_their_line_and_nothing_is_written()
    {
        var (summary, problems) = Import("unknown-area.csv");

        Assert.Null(summary);
        Assert.Equal(
            [(DiagnosticCodes.ImportUnknownArea, 3), (DiagnosticCodes.ImportAmbiguousArea, 4)],
            problems.Sorted.Select(d => (d.Code, d.Location.Line)));
        Assert.Contains("'Nowhere-on-Sea'", problems.Sorted[0].Message);
        Assert.Contains("North Fenshire", problems.Sorted[1].Message);
        Assert.Contains("South Fenshire", problems.Sorted[1].Message);
        Assert.False(Directory.Exists(Path.Combine(input, "reports")));
    }

    private (ImportSummary? Summary, DiagnosticBag Problems) ImportText(string csv)
    {
        var path = folder.Write("variant.csv", csv);
        var inputProblems = new DiagnosticBag();
        var csvProblems = new DiagnosticBag();
        return (ReportImporter.Run(input, path, inputProblems, csvProblems), csvProblems);
    }

    [Fact]
    public void A_row_missing_its_last_cells_is_an_error_naming_the_missing_column_and_nothing_is_imported()
    {
        var lines = File.ReadAllText(Fixture("management-information.csv")).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        // The last inspection (the note under the table is not one) loses its last cell, the priority action count.
        var last = Array.FindLastIndex(lines, line => line.StartsWith("https://", StringComparison.Ordinal));
        lines[last] = lines[last].TrimEnd('\r')[..lines[last].TrimEnd('\r').LastIndexOf(',')];
        lines[last] = lines[last][..lines[last].LastIndexOf(',')];
        var before = Snapshot();

        var (_, problems) = ImportText(string.Join("\n", lines) + "\n");

        var problem = Assert.Single(problems.Sorted, d => d.Code == DiagnosticCodes.ImportMissingColumn);
        Assert.Equal(last + 1, problem.Location.Line);
        Assert.Contains("ends before the column", problem.Message);
        Assert.Equal(before.Keys.Order(), Snapshot().Keys.Order());
    }

    [Fact]
    public void A_csv_with_carriage_returns_alone_for_line_ends_is_read_like_any_other()
    {
        var (summary, problems) = ImportText(File.ReadAllText(Fixture("management-information.csv")).ReplaceLineEndings("\r"));

        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted));
        Assert.Equal(6, summary!.Count(ImportChangeKind.Created));
    }
}
