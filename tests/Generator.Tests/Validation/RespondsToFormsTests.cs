using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>
/// responds_to accepts what an officer can see on the site: the report's address, the day it was published
/// (as the area page shows it) or the day the inspection started, as well as its file name. A value that could
/// mean two reports is an error listing every report in every form.
/// </summary>
public sealed class RespondsToFormsTests : IDisposable
{
    private const string PlanFile = "input/plans/southmere/2024-05-20-priority-action-plan.md";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public RespondsToFormsTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    private void WritePlan(string respondsTo) =>
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("responds_to: 2024-01-15-full-inspection", $"responds_to: {respondsTo}"));

    [Theory]
    [InlineData("https://example.org/send/areas/southmere/reports/2024-01-15-full-inspection/")]
    [InlineData("/areas/southmere/reports/2024-01-15-full-inspection")]
    [InlineData("2024-03-01")]
    [InlineData("\"1 March 2024\"")]
    [InlineData("01/03/2024")]
    [InlineData("2024-01-15")]
    [InlineData("\"15 January 2024\"")]
    public async Task Each_form_the_officer_can_see_names_the_report_and_the_site_is_built_as_with_the_file_name(string respondsTo)
    {
        var expected = await BuildPlanPage("expected");
        WritePlan(respondsTo);

        Assert.Empty(Validate());
        Assert.Equal(expected, await BuildPlanPage("actual"));
    }

    private async Task<string> BuildPlanPage(string output)
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(folder.Combine(output, "areas/southmere/plans/2024-05-20-priority-action-plan/index.html"));
        Assert.Contains("2024-01-15-full-inspection", page);
        return page + File.ReadAllText(folder.Combine(output, "areas/southmere/index.html"))
                    + File.ReadAllText(folder.Combine(output, "areas/southmere/reports/2024-01-15-full-inspection/index.html"));
    }

    [Fact]
    public void A_day_that_is_one_reports_publication_and_anothers_start_is_ambiguous_and_every_report_is_listed_in_every_form()
    {
        folder.Write("input/reports/northby/2024-05-10-full-inspection.md", SampleInput.NorthbyReport
            .Replace("inspection_start: 2024-03-04", "inspection_start: 2024-05-10")
            .Replace("inspection_end: 2024-03-08", "inspection_end: 2024-05-14")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2024-07-01T09:30:00Z"));
        folder.Write("input/plans/northby/2024-08-01-strategic-plan.md", """
            ---
            area: northby
            kind: strategic-plan
            title: Northby plan
            responds_to: 10 May 2024
            published: 2024-08-01
            status: approved
            ---
            ## Our plan

            Words.
            """);

        var error = Assert.Single(Validate());

        Assert.Equal(DiagnosticCodes.AmbiguousReport, error.Code);
        Assert.Equal(new SourceLocation("plans/northby/2024-08-01-strategic-plan.md", 5, 14), error.Location);
        Assert.Contains("2024-03-04-full-inspection or 2024-05-10-full-inspection", error.Message);
        Assert.Contains("address /areas/northby/reports/2024-03-04-full-inspection/, published 10 May 2024 (2024-05-10), inspection started 4 March 2024 (2024-03-04)", error.Message);
        Assert.Contains("address /areas/northby/reports/2024-05-10-full-inspection/, published 1 July 2024 (2024-07-01), inspection started 10 May 2024 (2024-05-10)", error.Message);
        Assert.Contains("file name or its address", error.Fix);
    }

    [Theory]
    [InlineData("2024-02-01")]
    [InlineData("https://example.org/send/areas/northby/reports/2024-03-04-full-inspection/")] // another area's report
    [InlineData("the one from March")]
    public void A_value_that_means_no_report_of_the_area_lists_the_areas_reports(string respondsTo)
    {
        WritePlan(respondsTo);

        var error = Assert.Single(Validate());

        Assert.Equal(DiagnosticCodes.UnknownReport, error.Code);
        Assert.Contains("2024-01-15-full-inspection (full inspection): address /areas/southmere/reports/2024-01-15-full-inspection/, published 1 March 2024", error.Message);
        Assert.Contains("2025-09-01-monitoring-inspection (monitoring inspection)", error.Message);
    }
}
