using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>Plan dates: never a silent pass on a deadline, and never published before the report.</summary>
public sealed class PlanRulesTests : IDisposable
{
    private const string PlanFile = "input/plans/southmere/2024-05-20-priority-action-plan.md";

    private readonly TempFolder folder = new();
    private readonly string input;

    public PlanRulesTests()
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

    [Fact]
    public void A_priority_action_plan_without_a_submitted_date_is_a_warning_naming_the_deadline()
    {
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("submitted: 2024-04-10\n", ""));

        var warning = Assert.Single(Validate());

        Assert.Equal(DiagnosticCodes.PlanNotSubmitted, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("2024-04-23", warning.Message);
    }

    [Fact]
    public void A_late_submission_is_a_warning_not_a_pass()
    {
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("submitted: 2024-04-10", "submitted: 2024-04-24"));

        var warning = Assert.Single(Validate());

        Assert.Equal(DiagnosticCodes.PlanLate, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void A_plan_published_before_its_report_is_an_error()
    {
        folder.Write("input/plans/northby/2024-04-01-strategic-plan.md", """
            ---
            area: northby
            kind: strategic-plan
            title: Northby plan
            responds_to: 2024-03-04-full-inspection
            published: 2024-04-01
            status: approved
            ---
            ## Our plan

            Words.
            """);

        var error = Assert.Single(Validate());

        Assert.Equal(DiagnosticCodes.PlanBeforeReport, error.Code);
        Assert.Equal(new SourceLocation("plans/northby/2024-04-01-strategic-plan.md", 6, 12), error.Location);
    }
}
