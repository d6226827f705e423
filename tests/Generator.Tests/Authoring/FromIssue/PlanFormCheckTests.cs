using SendSite.Diagnostics;
using SendSite.Rules.IssueForm;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Authoring.FromIssue;

namespace SendSite.Tests.Authoring.FromIssue;

/// <summary>The committed issue form is checked like CODEOWNERS: missing or stale (an area added) fails validation.</summary>
public sealed class PlanFormCheckTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public PlanFormCheckTests()
    {
        input = SampleInput.WriteTo(folder);
        folder.Write(PlanFormLocation.WorkflowPath, "name: Plan from issue\n");
    }

    public void Dispose() => folder.Dispose();

    private List<Diagnostic> Problems()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return [.. diagnostics.Sorted.Where(d => d.Code is DiagnosticCodes.IssueFormMissing or DiagnosticCodes.IssueFormOutOfDate)];
    }

    [Fact]
    public void Missing_then_stale_then_up_to_date()
    {
        Assert.Equal(DiagnosticCodes.IssueFormMissing, Assert.Single(Problems()).Code);

        var content = SendSite.Input.Loading.InputLoader.Load(input, new DiagnosticBag())!;
        folder.Write(PlanFormYaml.RelativePath, PlanFormYaml.Generate(content.Areas.Where(a => a.Slug != "southmere")));
        var stale = Assert.Single(Problems());
        Assert.Equal(DiagnosticCodes.IssueFormOutOfDate, stale.Code);
        Assert.Equal("../.github/ISSUE_TEMPLATE/submit-a-plan.yml", stale.Location.File);
        Assert.Contains("issue-form", stale.Fix);

        folder.Write(PlanFormYaml.RelativePath, PlanFormYaml.Generate(content.Areas));
        Assert.Empty(Problems());
        Assert.Contains("        - \"Southmere (southmere)\"\n", File.ReadAllText(folder.Combine(PlanFormYaml.RelativePath)));
    }
}
