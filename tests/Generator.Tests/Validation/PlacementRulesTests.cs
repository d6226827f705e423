using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>
/// A plan cannot touch another area: not by sitting in its folder, and not by naming it from its own folder.
/// The message says why, since the folder is what CODEOWNERS protects.
/// </summary>
public sealed class PlacementRulesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public PlacementRulesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private Diagnostic SingleError()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return Assert.Single(diagnostics.Sorted, d => d.Code == DiagnosticCodes.WrongFolder);
    }

    [Fact]
    public void A_plan_in_another_areas_folder_fails_and_says_why()
    {
        // Southmere's plan, dropped into Northby's folder (where Northby's owners could approve it).
        folder.Write("input/plans/northby/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan);

        var error = SingleError();

        Assert.Equal(DiagnosticCodes.WrongFolder, error.Code);
        Assert.Equal(new SourceLocation("plans/northby/2024-05-20-priority-action-plan.md", 2, 7), error.Location);
        Assert.Contains("only that area's owners can change them", error.Message);
        Assert.Contains("southmere's own team", error.Fix);
    }

    [Fact]
    public void A_plan_naming_another_area_from_its_own_folder_fails_too()
    {
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan.Replace("area: southmere", "area: northby"));

        // (Its responds_to is then another area's report too, reported separately.)
        var error = SingleError();

        Assert.Contains("in the folder 'southmere' but names the area 'northby'", error.Message);
        Assert.Contains("set area: southmere", error.Fix);
    }
}
