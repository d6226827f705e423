using SendSite.Diagnostics;
using SendSite.Input.Schema;
using SendSite.Input.Yaml;
using Xunit;

namespace SendSite.Tests.Validation.Schema;

public sealed class SchemaValidatorTests
{
    private const string File = "reports/aldermoor/2024-03-04-full-inspection.md";

    internal const string ValidReport = """
        # yaml-language-server: $schema=../../../src/Generator/Schemas/report.schema.json
        area: aldermoor
        kind: full-inspection
        title: Aldermoor area SEND inspection
        inspection_start: 2024-03-04
        inspection_end: 2024-03-08
        published: 2024-04-19T09:30:00Z
        status: approved
        outcome: widespread-failings
        areas_for_improvement:
          - Leaders should make sure that children's plans are reviewed on time.
        areas_for_priority_action:
          - number: 1
            responsible: [Aldermoor City Council, NHS Aldermoor Integrated Care Board]
            text: "Leaders must act urgently: waiting times for assessment are too long."
          - number: 2
            responsible:
              - Aldermoor City Council
            text: Leaders must improve the quality of EHC plans.
        pdf: https://files.example.org/aldermoor-2024.pdf
        change_notes:
          - date: 2024-05-01
            note: Corrected a spelling mistake.

        """;

    [Fact]
    public void A_complete_valid_report_has_no_problems()
    {
        Assert.Empty(Validate(ValidReport, SchemaNames.Report));
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_start_of_its_mapping()
    {
        var diagnostic = Assert.Single(Validate(Without(ValidReport, "status:"), SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 2, 1), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.RequiredField, diagnostic.Code);
        Assert.Equal("the required field 'status' is missing", diagnostic.Message);
        Assert.StartsWith("Add a line 'status: ...' with one of: approved, draft. Only approved", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_in_a_list_item_names_the_item()
    {
        var yaml = ValidReport.Replace("    text: Leaders must improve the quality of EHC plans.\n", string.Empty, StringComparison.Ordinal);

        var diagnostic = Assert.Single(Validate(yaml, SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 16, 5), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.RequiredField, diagnostic.Code);
        Assert.Equal("areas_for_priority_action[2] is missing the required field 'text'", diagnostic.Message);
    }

    [Fact]
    public void An_enum_typo_suggests_the_nearest_value_and_lists_the_allowed_ones()
    {
        var diagnostic = Assert.Single(Validate(ValidReport.Replace("kind: full-inspection", "kind: full-inspecton", StringComparison.Ordinal), SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 3, 7), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.NotAllowedValue, diagnostic.Code);
        Assert.Equal("kind is 'full-inspecton', which is not allowed; did you mean 'full-inspection'?", diagnostic.Message);
        Assert.StartsWith("Use one of: full-inspection, monitoring-inspection. full-inspection (s20(1)(a)", diagnostic.Fix, StringComparison.Ordinal);
        Assert.Equal("reports/aldermoor/2024-03-04-full-inspection.md:3:7: error SEND204: kind is 'full-inspecton', which is not allowed; did you mean 'full-inspection'?", diagnostic.ToString());
    }

    [Fact]
    public void A_value_far_from_every_allowed_one_gets_no_suggestion()
    {
        var diagnostic = Assert.Single(Validate("title: About\nfooter: true\norder: 2\n", SchemaNames.Page, extra: "status: x"));

        Assert.Equal(DiagnosticCodes.UnknownField, diagnostic.Code);
        Assert.Equal("'status' is not a known field", diagnostic.Message);
        Assert.Equal("Remove it, or use one of the known fields: title, description, footer, order, repository_links.", diagnostic.Fix);
    }

    [Fact]
    public void An_unknown_field_suggests_the_nearest_known_one()
    {
        var yaml = ValidReport.Replace("inspection_end:", "inspection-end:", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Validate(yaml, SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 6, 1), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.UnknownField, diagnostic.Code);
        Assert.Equal("'inspection-end' is not a known field; did you mean 'inspection_end'?", diagnostic.Message);
        Assert.Equal("Rename it to 'inspection_end', or remove it.", diagnostic.Fix);
    }

    [Fact]
    public void An_unknown_field_inside_a_list_item_names_where_it_is()
    {
        var yaml = ValidReport.Replace("    note: Corrected", "    notes: Corrected", StringComparison.Ordinal);

        var diagnostics = Validate(yaml, SchemaNames.Report);

        Assert.Collection(
            diagnostics,
            unknown =>
            {
                Assert.Equal(new SourceLocation(File, 23, 5), unknown.Location);
                Assert.Equal("'notes' is not a known field in change_notes[1]; did you mean 'note'?", unknown.Message);
            },
            missing =>
            {
                Assert.Equal(new SourceLocation(File, 22, 5), missing.Location);
                Assert.Equal(DiagnosticCodes.RequiredField, missing.Code);
            });
    }

    [Theory]
    [InlineData("    responsible: [Aldermoor City Council, NHS Aldermoor Integrated Care Board]", "    responsible: Aldermoor City Council", 14, 18,
        "areas_for_priority_action[1].responsible should be a list, but it is the text 'Aldermoor City Council'", "Write it as a list")]
    [InlineData("  - number: 2", "  - number: \"2\"", 16, 13,
        "areas_for_priority_action[2].number should be a whole number, but it is the text '2'", "Remove the quotes around 2.")]
    [InlineData("  - number: 2", "  - number: 2.5", 16, 13,
        "areas_for_priority_action[2].number should be a whole number, but it is the number 2.5", "Write a whole number")]
    [InlineData("title: Aldermoor area SEND inspection", "title: 2024", 4, 8,
        "title should be text, but it is the number 2024", "Put it in quotes: title: \"2024\".")]
    [InlineData("outcome: widespread-failings", "outcome:", 9, 9,
        "outcome has no value; it should be one of the allowed values", "Use one of: typically-positive, inconsistent, widespread-failings.")]
    [InlineData("areas_for_improvement:", "areas_for_improvement: Leaders should act.\nareas_for_improvement_was:", 10, 24,
        "areas_for_improvement should be a list, but it is the text 'Leaders should act.'", "Write it as a list")]
    public void A_value_of_the_wrong_type_is_reported_with_how_to_write_it(string line, string replacement, int row, int column, string message, string fixStart)
    {
        var diagnostics = Validate(ValidReport.Replace(line, replacement, StringComparison.Ordinal), SchemaNames.Report);

        var diagnostic = diagnostics.First(d => d.Code == DiagnosticCodes.WrongType);
        Assert.Equal(new SourceLocation(File, row, column), diagnostic.Location);
        Assert.Equal(message, diagnostic.Message);
        Assert.StartsWith(fixStart, diagnostic.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("footer: yes", "footer should be true or false, but it is the text 'yes'")]
    [InlineData("footer: 'true'", "footer should be true or false, but it is the text 'true'")]
    [InlineData("order: true", "order should be a whole number, but it is true, a yes/no value")]
    [InlineData("title:\n  text: About", "title should be text, but it is a set of fields")]
    public void Yaml_types_follow_the_core_schema(string yaml, string message)
    {
        var diagnostic = Assert.Single(Validate("description: A page.", SchemaNames.Page, extra: yaml + (yaml.StartsWith("title", StringComparison.Ordinal) ? string.Empty : "\ntitle: About")));

        Assert.Equal(DiagnosticCodes.WrongType, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("inspection_start: 2024-03-04", "inspection_start: 2025-02-30", 5, 19,
        "inspection_start is '2025-02-30', which is not a real date: February 2025 has 28 days")]
    [InlineData("inspection_start: 2024-03-04", "inspection_start: 2024-02-30", 5, 19,
        "inspection_start is '2024-02-30', which is not a real date: February 2024 has 29 days")]
    [InlineData("inspection_start: 2024-03-04", "inspection_start: 2024-13-04", 5, 19,
        "inspection_start is '2024-13-04', which is not a real date: there is no month 13")]
    [InlineData("inspection_start: 2024-03-04", "inspection_start: 04/03/2024", 5, 19,
        "inspection_start is '04/03/2024', but dates are written yyyy-mm-dd (year first); did you mean 2024-03-04?")]
    [InlineData("inspection_start: 2024-03-04", "inspection_start: 4 March 2024", 5, 19,
        "inspection_start is '4 March 2024', which is not a date in the form yyyy-mm-dd")]
    [InlineData("published: 2024-04-19T09:30:00Z", "published: 2024-04-19T09:30:00", 7, 12,
        "published is '2024-04-19T09:30:00', which has no time zone: add Z for UTC (or an offset such as +01:00)")]
    [InlineData("published: 2024-04-19T09:30:00Z", "published: 2024-04-19", 7, 12,
        "published is '2024-04-19', a date without a time; it needs a date, a time and a time zone, e.g. 2024-04-19T09:30:00Z")]
    [InlineData("published: 2024-04-19T09:30:00Z", "published: 2024-04-31T09:30:00Z", 7, 12,
        "published is '2024-04-31T09:30:00Z', which is not a real date: April 2024 has 30 days")]
    [InlineData("published: 2024-04-19T09:30:00Z", "published: 2024-04-19T24:30:00Z", 7, 12,
        "published is '2024-04-19T24:30:00Z', which is not a real time of day: hours go up to 23, minutes and seconds up to 59")]
    [InlineData("  - date: 2024-05-01", "  - date: '2024-5-1'", 22, 11,
        "change_notes[1].date is '2024-5-1', which is not a date in the form yyyy-mm-dd")]
    public void A_bad_date_says_the_expected_form_or_why_the_date_does_not_exist(string line, string replacement, int row, int column, string message)
    {
        var diagnostic = Assert.Single(Validate(ValidReport.Replace(line, replacement, StringComparison.Ordinal), SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, row, column), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.BadDate, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("published: 2024-04-19T10:30:00+01:00")]
    [InlineData("published: 2024-04-19T09:30:00.250Z")]
    [InlineData("published: '2024-04-19T09:30:00Z'")]
    [InlineData("inspection_start: '2024-03-04'")]
    [InlineData("inspection_start: 2024-02-29")]
    public void Valid_dates_and_instants_pass_quoted_or_not(string replacement)
    {
        var field = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var yaml = string.Join('\n', ValidReport.Split('\n').Select(line => line.StartsWith(field + ":", StringComparison.Ordinal) ? replacement : line));

        Assert.Empty(Validate(yaml, SchemaNames.Report));
    }

    [Theory]
    [InlineData("area: aldermoor", "area: Aldermoor City", 2, 7, "area is 'Aldermoor City', which is not in the expected form")]
    [InlineData("pdf: https://files.example.org/aldermoor-2024.pdf", "pdf: http://files.example.org/a.pdf", 20, 6, "pdf is 'http://files.example.org/a.pdf', which is not in the expected form")]
    [InlineData("pdf: https://files.example.org/aldermoor-2024.pdf", "pdf: files/aldermoor.pdf", 20, 6, "pdf is 'files/aldermoor.pdf', which is not a full web address")]
    [InlineData("pdf: https://files.example.org/aldermoor-2024.pdf", "pdf: /aldermoor.pdf", 20, 6, "pdf is '/aldermoor.pdf', which is not a full web address")]
    public void A_value_in_the_wrong_form_is_a_bad_format(string line, string replacement, int row, int column, string message)
    {
        var diagnostic = Assert.Single(Validate(ValidReport.Replace(line, replacement, StringComparison.Ordinal), SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, row, column), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.BadFormat, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_pattern_failure_explains_with_the_description_and_the_pattern()
    {
        var diagnostic = Assert.Single(Validate(ValidReport.Replace("area: aldermoor", "area: Aldermoor", StringComparison.Ordinal), SchemaNames.Report));

        Assert.Equal(
            "The slug of the local area, as in input/areas.yml, and the name of the folder this file is in. (The expected form, as a regular expression: ^[a-z0-9]+(-[a-z0-9]+)*$)",
            diagnostic.Fix);
    }

    [Fact]
    public void An_empty_list_is_too_few_items_at_the_list()
    {
        var yaml = ValidReport.Replace("    responsible: [Aldermoor City Council, NHS Aldermoor Integrated Care Board]", "    responsible: []", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Validate(yaml, SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 14, 18), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.TooFew, diagnostic.Code);
        Assert.Equal("areas_for_priority_action[1].responsible is an empty list; it needs at least 1 item", diagnostic.Message);
        Assert.EndsWith("The bodies that must act, e.g. [Aldermoor City Council, NHS Aldermoor ICB].", diagnostic.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_text_is_too_short_and_list_items_borrow_the_list_description()
    {
        var yaml = ValidReport.Replace("      - Aldermoor City Council", "      - ''", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Validate(yaml, SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 18, 9), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.TooShort, diagnostic.Code);
        Assert.Equal("areas_for_priority_action[2].responsible[1] is empty", diagnostic.Message);
        Assert.Equal("Write the text after 'responsible:'. The bodies that must act, e.g. [Aldermoor City Council, NHS Aldermoor ICB].", diagnostic.Fix);
    }

    [Fact]
    public void A_number_below_the_minimum_is_out_of_range()
    {
        var diagnostic = Assert.Single(Validate(ValidReport.Replace("  - number: 1", "  - number: 0", StringComparison.Ordinal), SchemaNames.Report));

        Assert.Equal(new SourceLocation(File, 13, 13), diagnostic.Location);
        Assert.Equal(DiagnosticCodes.OutOfRange, diagnostic.Code);
        Assert.Equal("areas_for_priority_action[1].number is 0, but the smallest allowed is 1", diagnostic.Message);
    }

    [Fact]
    public void Every_problem_in_a_document_is_reported()
    {
        var yaml = """
            area: Aldermoor
            kind: monitoring
            inspection_start: 2024-02-30
            published: 2024-04-19
            statuss: draft
            areas_for_priority_action:
              - number: 0
                responsible: NHS Aldermoor ICB
            """;

        var found = Validate(yaml, SchemaNames.Report).Select(d => (d.Location.Line, d.Location.Column, d.Code)).ToList();

        Assert.Equal(
            [
                (1, 7, DiagnosticCodes.BadFormat),
                (2, 7, DiagnosticCodes.NotAllowedValue),
                (3, 19, DiagnosticCodes.BadDate),
                (4, 12, DiagnosticCodes.BadDate),
                (5, 1, DiagnosticCodes.UnknownField),
                (7, 13, DiagnosticCodes.OutOfRange),
                (8, 18, DiagnosticCodes.WrongType),
                (7, 5, DiagnosticCodes.RequiredField),
                (1, 1, DiagnosticCodes.RequiredField),
            ],
            found);
    }

    [Fact]
    public void A_root_that_is_not_a_mapping_is_a_wrong_type()
    {
        var diagnostic = Assert.Single(Validate("- title: About\n", SchemaNames.Page));

        Assert.Equal(DiagnosticCodes.WrongType, diagnostic.Code);
        Assert.Equal("the top level should be a set of fields ('name: value' lines), but it is a list", diagnostic.Message);
    }

    [Fact]
    public void Positions_map_to_the_markdown_file_when_front_matter_starts_on_line_two()
    {
        var markdown = "---\r\ntitle: About\r\nfooter: yes\r\norder: 1\r\n---\r\n# About\r\n";
        Assert.True(FrontMatterSplitter.TrySplit(markdown, "pages/about.md", out var frontMatter, out _));
        var read = YamlDocumentReader.Read(frontMatter.Yaml, "pages/about.md", frontMatter.YamlLineOffset);

        var diagnostic = Assert.Single(SchemaValidator.Validate(read.Root!, JsonSchema.Load(SchemaNames.Page), "pages/about.md", frontMatter.YamlLineOffset));

        Assert.Equal("pages/about.md:3:9: error SEND203: footer should be true or false, but it is the text 'yes'", diagnostic.ToString());
    }

    [Fact]
    public void A_whole_file_yaml_like_areas_is_checked_with_offset_zero()
    {
        var yaml = """
            areas:
              - slug: aldermoor
                name: Aldermoor
                code: E99000001
                region: South West
                council: Aldermoor City Council
                icb: NHS Aldermoor Integrated Care Board
                owners: ["@aldermoor-send", "@example/aldermoor-team"]
                former_names:
                  - name: Old Aldermoor
                    until: 2023-03-31
              - slug: bramhill
                name: Bramhill
                code: X99000002
                region: North West
                council: Bramhill Council
                icb: NHS Bramhill ICB
            """;

        var diagnostic = Assert.Single(Validate(yaml, SchemaNames.Areas, file: "areas.yml"));

        Assert.Equal("areas.yml:14:11: error SEND205: areas[2].code is 'X99000002', which is not in the expected form", diagnostic.ToString());
    }

    private static List<Diagnostic> Validate(string yaml, string schema, string? extra = null, string file = File, int lineOffset = 0)
    {
        var text = extra is null ? yaml : yaml.TrimEnd('\n') + "\n" + extra + "\n";
        var read = YamlDocumentReader.Read(text, file, lineOffset);
        Assert.Empty(read.Diagnostics);
        return [.. SchemaValidator.Validate(read.Root!, JsonSchema.Load(schema), file, lineOffset)];
    }

    private static string Without(string yaml, string lineStart) =>
        string.Join('\n', yaml.Split('\n').Where(line => !line.StartsWith(lineStart, StringComparison.Ordinal)));
}
