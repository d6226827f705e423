using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>Merged and split areas: a valid split passes; each way of getting one wrong has its own code.</summary>
public sealed class SuccessionRulesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public SuccessionRulesTests()
    {
        input = SuccessionInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> Check()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    private void WriteAreas(string areas) => folder.Write("input/areas.yml", areas);

    [Fact]
    public void A_rename_a_merge_and_a_split_are_valid() => Assert.Empty(Check());

    [Fact]
    public void A_split_without_a_date_is_reported()
    {
        var first = SuccessionInput.AreasYml.IndexOf("until: 2025-03-31\n", StringComparison.Ordinal);
        WriteAreas(SuccessionInput.AreasYml.Remove(first, "until: 2025-03-31\n".Length + "        ".Length));

        var error = Assert.Single(Check(), d => d.Code == DiagnosticCodes.SplitWithoutDate);

        Assert.Equal("areas.yml", error.Location.File);
        Assert.Contains("Eastwold", error.Message);
    }

    [Fact]
    public void Split_dates_that_differ_are_reported()
    {
        var areas = SuccessionInput.AreasYml;
        var last = areas.LastIndexOf("until: 2025-03-31", StringComparison.Ordinal);
        WriteAreas(areas[..last] + "until: 2025-04-30" + areas[(last + "until: 2025-03-31".Length)..]);

        var error = Assert.Single(Check(), d => d.Code == DiagnosticCodes.SplitDatesDiffer);

        Assert.Contains("2025-04-30", error.Message);
        Assert.Contains("2025-03-31", error.Message);
    }

    [Fact]
    public void Split_names_that_differ_are_reported()
    {
        var areas = SuccessionInput.AreasYml;
        var last = areas.LastIndexOf("name: Old Wold", StringComparison.Ordinal);
        WriteAreas(areas[..last] + "name: Old Wold County" + areas[(last + "name: Old Wold".Length)..]);

        Assert.Single(Check(), d => d.Code == DiagnosticCodes.SplitNamesDiffer);
    }

    [Fact]
    public void A_former_area_that_is_not_a_former_slug_is_reported_on_its_line()
    {
        folder.Write(SuccessionInput.OldWoldReportPath, SuccessionInput.OldWoldReport.Replace("former_area: old-wold", "former_area: old-wolds"));

        var error = Assert.Single(Check(), d => d.Code == DiagnosticCodes.UnknownFormerArea);

        Assert.Equal(new SourceLocation("reports/eastwold/2023-05-08-full-inspection.md", 3, 14), error.Location);
        Assert.Contains("old-wold", error.Message);
    }

    [Fact]
    public void Two_successors_claiming_one_old_address_are_reported()
    {
        folder.Write("input/reports/westwold/2023-05-08-full-inspection.md", SuccessionInput.OldWoldReport.Replace("area: eastwold", "area: westwold"));

        var error = Assert.Single(Check(), d => d.Code == DiagnosticCodes.FormerAreaIdClash);

        Assert.Contains("reports/eastwold/2023-05-08-full-inspection.md", error.Message);
    }

    [Fact]
    public void A_former_slug_listed_twice_by_one_area_is_reported()
    {
        WriteAreas(SuccessionInput.AreasYml.Replace(
            "        slug: northby-vale\n        until: 2022-03-31\n",
            "        slug: northby-vale\n        until: 2022-03-31\n      - name: Northby Vale again\n        slug: northby-vale\n"));

        Assert.Single(Check(), d => d.Code == DiagnosticCodes.FormerSlugRepeated);
    }
}
