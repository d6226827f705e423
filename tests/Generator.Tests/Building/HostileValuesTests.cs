using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>Values a hostile test found accepted or crashing: each is now an error at its position, and nothing is built.</summary>
public sealed class HostileValuesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public HostileValuesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task<Diagnostic> OnlyError()
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);
        Assert.False(result.Success);
        Assert.False(Directory.Exists(folder.Combine("output")));
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task A_priority_action_number_too_large_for_an_int_is_an_error_not_a_crash()
    {
        var report = File.ReadAllText(folder.Combine("input/reports/southmere/2024-01-15-full-inspection.md"));
        Assert.Contains("number: 1\n", report);
        folder.Write("input/reports/southmere/2024-01-15-full-inspection.md", report.Replace("number: 1\n", "number: 2147483648\n", StringComparison.Ordinal));

        var problem = await OnlyError();

        Assert.Equal(DiagnosticCodes.OutOfRange, problem.Code);
        Assert.Equal("reports/southmere/2024-01-15-full-inspection.md", problem.Location.File);
    }

    [Fact]
    public async Task An_unknown_region_is_refused_naming_the_known_ones()
    {
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("region: North West", "region: Atlantis", StringComparison.Ordinal));

        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);

        Assert.False(result.Success);
        var problem = Assert.Single(result.Diagnostics, d => d.Location.File == "areas.yml");
        Assert.Equal(DiagnosticCodes.NotAllowedValue, problem.Code);
        Assert.Contains("Atlantis", problem.ToString());
        Assert.Contains("West Midlands", problem.Fix); // the known regions are listed in the line that says how to fix it
    }
}
