using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>The demonstration in input/ is what people see first: it must be valid, and pass the full gate in Chromium.</summary>
public sealed class BundledSiteTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_bundled_input_has_no_errors_or_warnings()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(RepositoryRoot.Combine("input"), diagnostics, PipelineHarness.DefaultNow);

        Assert.Empty(diagnostics.Sorted);
    }

    [Fact]
    public async Task The_bundled_site_passes_the_full_gate_and_hides_the_embargoed_and_draft_reports()
    {
        var log = new StringWriter();
        var options = new BuildOptions(RepositoryRoot.Combine("input"), folder.Combine("output"), Now) { GateReportFolder = folder.Combine("gate-report") };

        var result = await SiteGenerator.BuildAsync(options, log);

        Assert.True(result.Success, $"{result.Failure}\n{log}");
        Assert.Contains("gate: passed", log.ToString());
        foreach (var file in Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Zebrafinchquorum", text); // only in the embargoed report
            Assert.DoesNotContain("Quillmarrowdraft", text); // only in the draft report
        }
        Assert.False(Directory.Exists(folder.Combine("output", "areas", "hollinmere", "reports")));
    }
}
