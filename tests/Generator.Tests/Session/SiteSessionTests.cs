using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Site.Session;
using SendSite.Tests.Support;

namespace SendSite.Tests.Session;

/// <summary>
/// A session that keeps its bodies and takes in saved files one at a time (as `serve` drives it) finds the same
/// problems as a fresh load of the whole folder (as `validate` and `build` drive it).
/// </summary>
public sealed class SiteSessionTests : IDisposable
{
    private const string Plan = "plans/southmere/2024-05-20-priority-action-plan.md";
    private const string Report = "reports/northby/2024-03-04-full-inspection.md";

    private readonly TempFolder folder = new();
    private readonly string input;

    public SiteSessionTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<string> WhatContentCheckFinds()
    {
        var bag = new DiagnosticBag();
        ContentCheck.Run(input, bag, PipelineHarness.DefaultNow);
        return [.. bag.Sorted.Select(d => $"{d} {d.Fix}")];
    }

    private static IReadOnlyList<string> Lines(IReadOnlyList<Diagnostic> diagnostics) => [.. diagnostics.Select(d => $"{d} {d.Fix}")];

    [Fact]
    public void Finds_what_content_check_finds_on_loading_and_after_each_save()
    {
        // Problems of every origin: a rule across files (a report the plan does not answer), Markdown, and the schema.
        folder.Write("input/" + Plan, SampleInput.SouthmerePlan.Replace("responds_to: 2024-01-15-full-inspection", "responds_to: 2024-01-16-full-inspection"));
        folder.Write("input/" + Report, SampleInput.NorthbyReport + "\n<script>alert(1)</script>\n");
        var content = SiteSession.Load(input, BodyMode.Kept, PipelineHarness.DefaultNow);
        var problems = content.Diagnostics;
        Assert.Equal(WhatContentCheckFinds(), Lines(problems));
        Assert.Contains(problems, d => d.Severity == Severity.Error && d.Location.File == Plan);

        folder.Write("input/" + Plan, SampleInput.SouthmerePlan.Replace("status: approved", "status: aproved"));
        content.Reload([Plan]);
        Assert.Equal(WhatContentCheckFinds(), Lines(content.Diagnostics));

        folder.Write("input/" + Plan, SampleInput.SouthmerePlan);
        File.Delete(folder.Combine("input", Report));
        folder.Write("input/reports/northby/notes.md", "not a report");
        content.Reload([Plan, Report, "reports/northby/notes.md"]);
        Assert.Equal(WhatContentCheckFinds(), Lines(content.Diagnostics));
        Assert.Contains(content.Diagnostics, d => d.Code == DiagnosticCodes.BadFileName);
    }
}
