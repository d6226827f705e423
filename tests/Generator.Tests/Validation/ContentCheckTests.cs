using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>Each kind of bad input gives its own error, at the right file, line and column, all in one run.</summary>
public sealed class ContentCheckTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public ContentCheckTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> Check()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", diagnostics)}");
        return matching[0];
    }

    [Fact]
    public void The_sample_is_valid() => Assert.DoesNotContain(Check(), d => d.Severity == Severity.Error);

    [Fact]
    public void An_unknown_outcome_is_reported_on_its_line()
    {
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md",
            SampleInput.NorthbyReport.Replace("outcome: inconsistent", "outcome: inconsistant"));

        var error = Single(Check(), DiagnosticCodes.NotAllowedValue);

        Assert.Equal(new SourceLocation("reports/northby/2024-03-04-full-inspection.md", 8, 10), error.Location);
        Assert.Contains("inconsistent", error.Fix);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_reported()
    {
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md",
            SampleInput.NorthbyReport.Replace("inspection_end: 2024-03-08", "inspection_end: 2024-02-30"));

        var error = Single(Check(), DiagnosticCodes.BadDate);

        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void An_unknown_area_is_reported_with_a_suggestion()
    {
        folder.Write("input/reports/northbie/2024-03-04-full-inspection.md",
            SampleInput.NorthbyReport.Replace("area: northby", "area: northbie"));

        var error = Single(Check(), DiagnosticCodes.UnknownArea);

        Assert.Equal(new SourceLocation("reports/northbie/2024-03-04-full-inspection.md", 2, 7), error.Location);
        Assert.Contains("did you mean 'northby'", error.Fix);
    }

    [Fact]
    public void A_file_in_another_areas_folder_is_refused()
    {
        folder.Write("input/plans/northby/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan);

        var errors = Check();

        var error = Assert.Single(errors, d => d.Code == DiagnosticCodes.WrongFolder);
        Assert.Equal("plans/northby/2024-05-20-priority-action-plan.md", error.Location.File);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_plan_responding_to_a_report_that_does_not_exist_is_reported()
    {
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md",
            SampleInput.SouthmerePlan.Replace("responds_to: 2024-01-15-full-inspection", "responds_to: 2024-01-16-full-inspection"));

        var error = Single(Check(), DiagnosticCodes.UnknownReport);

        Assert.Equal(5, error.Location.Line);
        Assert.Equal(14, error.Location.Column);
    }

    [Fact]
    public void A_plan_is_not_blamed_for_a_report_whose_own_file_has_errors()
    {
        folder.Write("input/reports/southmere/2024-01-15-full-inspection.md",
            SampleInput.SouthmereReport.Replace("inspection_end: 2024-01-19", "inspection_end: 2024-02-30"));

        var errors = Check();

        Single(errors, DiagnosticCodes.BadDate);
        Assert.DoesNotContain(errors, d => d.Code == DiagnosticCodes.UnknownReport);
    }

    [Fact]
    public void Duplicate_slugs_in_the_registry_are_reported()
    {
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("slug: eastwold", "slug: northby"));

        var error = Single(Check(), DiagnosticCodes.DuplicateSlug);

        Assert.Equal(new SourceLocation("areas.yml", 21, 11), error.Location);
    }

    [Fact]
    public void A_file_without_front_matter_is_reported()
    {
        folder.Write("input/pages/help.md", "## Help\n\nNo front matter here.\n");

        var error = Single(Check(), DiagnosticCodes.MissingFrontMatter);

        Assert.Equal("pages/help.md", error.Location.File);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void A_badly_named_file_is_reported()
    {
        folder.Write("input/reports/northby/march-report.md", SampleInput.NorthbyReport);

        var error = Single(Check(), DiagnosticCodes.BadFileName);

        Assert.Contains("<yyyy-mm-dd>-<kind>.md", error.Fix);
    }

    [Fact]
    public void Widespread_failings_without_priority_actions_is_an_error()
    {
        var text = SampleInput.NorthbyReport.Replace("outcome: inconsistent", "outcome: widespread-failings");
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", text);

        Single(Check(), DiagnosticCodes.MissingPriorityActions);
    }

    [Fact]
    public void A_monitoring_finding_must_match_a_priority_action()
    {
        folder.Write("input/reports/southmere/2025-09-01-monitoring-inspection.md",
            SampleInput.SouthmereMonitoring.Replace("priority_action: 2", "priority_action: 3"));

        var errors = Check();

        Single(errors, DiagnosticCodes.FindingWithoutPriorityAction);
        Single(errors, DiagnosticCodes.MissingFinding);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md",
            SampleInput.NorthbyReport.Replace("outcome: inconsistent", "outcome: great").Replace("status: approved", "status: done"));
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md",
            SampleInput.SouthmerePlan.Replace("responds_to: 2024-01-15-full-inspection", "responds_to: 2020-01-01-full-inspection"));
        folder.Write("input/pages/broken.md", "---\ntitle: [unclosed\n---\nText\n");

        var errors = Check().Where(d => d.Severity == Severity.Error).ToList();

        Assert.True(errors.Count >= 4, string.Join("\n", errors));
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.YamlSyntax && d.Location.File == "pages/broken.md");
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.UnknownReport);
        Assert.Equal(2, errors.Count(d => d.Code == DiagnosticCodes.NotAllowedValue));
    }

    [Fact]
    public void Raw_html_in_a_body_is_an_error_at_its_line()
    {
        folder.Write("input/pages/about.md", SampleInput.AboutPage + "\n<script>alert(1)</script>\n");

        var errors = Check();

        Assert.Contains(errors, d => d.Location.File == "pages/about.md" && d.Location.Line == 9 && d.Severity == Severity.Error);
    }
}
