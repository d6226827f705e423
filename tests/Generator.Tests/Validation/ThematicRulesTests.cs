using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

public sealed class ThematicRulesTests : IDisposable
{
    private const string ThematicFile = "thematic/2025-06-05-alternative-provision.md";

    private readonly TempFolder folder = new();
    private readonly string input;

    public ThematicRulesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> CheckWith(string areasVisited)
    {
        folder.Write("input/" + ThematicFile, $"""
            ---
            title: Alternative provision
            topic: Alternative provision
            published: 2025-06-05T09:30:00Z
            status: approved
            areas_visited:
            {areasVisited}
            ---
            Text.
            """);
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    [Fact]
    public void Visited_areas_of_the_registry_are_valid() =>
        Assert.Empty(CheckWith("  - northby\n  - southmere"));

    [Fact]
    public void An_unknown_visited_area_is_reported_on_its_own_line_with_a_suggestion()
    {
        var error = Assert.Single(CheckWith("  - northby\n  - southmare"));

        Assert.Equal(DiagnosticCodes.UnknownVisitedArea, error.Code);
        Assert.Equal(new SourceLocation(ThematicFile, 8, 5), error.Location);
        Assert.Contains("southmere", error.Fix);
    }

    [Fact]
    public void A_visited_area_named_twice_is_reported()
    {
        var error = Assert.Single(CheckWith("  - northby\n  - northby"));

        Assert.Equal((DiagnosticCodes.RepeatedVisitedArea, 8), (error.Code, error.Location.Line));
    }

    [Fact]
    public void A_thematic_report_cannot_have_an_outcome()
    {
        folder.Write("input/" + ThematicFile, """
            ---
            title: Alternative provision
            topic: Alternative provision
            published: 2025-06-05T09:30:00Z
            status: approved
            outcome: inconsistent
            areas_visited: [northby]
            ---
            Text.
            """);
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);

        Assert.Equal(DiagnosticCodes.UnknownField, Assert.Single(diagnostics.Sorted).Code);
    }

    [Fact]
    public void A_badly_named_thematic_file_is_reported()
    {
        folder.Write("input/thematic/alternative-provision.md", "---\ntitle: x\n---\n");
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);

        Assert.Equal(DiagnosticCodes.BadFileName, Assert.Single(diagnostics.Sorted).Code);
    }
}
