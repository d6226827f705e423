using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Import;
using SendSite.Tools.Init;

namespace SendSite.Tests.Init;

/// <summary>init writes a real site for all of England that validates clean; import then build puts each inspection on its area's page.</summary>
public sealed class SiteScaffolderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fictional area added to a real site, so the test imports no invented result for a real council.</summary>
    private const string FictionalArea = """

          - slug: southmere
            name: Southmere
            official_name: Southmere, City of
            code: E99000201
            region: South West
            council: Southmere City Council
            icb: NHS Southmere Integrated Care Board

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_new_site_has_every_area_of_England_no_sample_data_and_validates_clean()
    {
        var input = folder.Combine("site");
        SiteScaffolder.Write(input);
        var problems = new DiagnosticBag();

        var content = ContentCheck.Run(input, problems, PipelineHarness.DefaultNow);

        Assert.Empty(problems.Sorted);
        Assert.Equal(153, content!.Content.Areas.Count);
        Assert.False(content.Content.Settings.SampleData);
        Assert.Empty(content.Content.Reports);
        Assert.Equal(["about", "accessibility-statement", "help", "submit-a-plan", "what-the-outcomes-mean"],
            content.Content.Pages.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("sample", File.ReadAllText(Path.Combine(input, "site.yml")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Init_writes_only_into_a_new_or_empty_folder()
    {
        Assert.True(SiteScaffolder.CanWriteInto(folder.Combine("new")));
        Assert.True(SiteScaffolder.CanWriteInto(folder.Path));
        folder.Write("site.yml", "title: mine");

        Assert.False(SiteScaffolder.CanWriteInto(folder.Path));
    }

    [Fact]
    public void The_registry_keeps_its_sources_and_predecessors_in_the_new_site()
    {
        var input = folder.Combine("site");
        SiteScaffolder.Write(input);

        var areas = File.ReadAllText(Path.Combine(input, "areas.yml"));

        Assert.Contains("SI 2022/331", areas);
        Assert.Contains("geoportal.statistics.gov.uk", areas);
        Assert.Contains("abolished:", areas);
        Assert.DoesNotContain("$schema=../Schemas", areas);
    }

    [Fact]
    public async Task Init_then_import_then_build_shows_each_inspection_on_its_area_page()
    {
        var input = folder.Combine("site");
        SiteScaffolder.Write(input);
        InsertArea(Path.Combine(input, "areas.yml"));
        var csv = folder.Write("mi.csv",
            "Link to report webpage,Local area partnership,Ofsted region,Inspection start date,Inspection publication date,Inspection outcome,Priority action plan required?,Number of areas for priority action\r\n" +
            "https://example.org/ofsted/reports/201,\"Southmere, City of\",South West,15/01/2024,01/03/2024,Widespread and/or systemic failings,Yes,3\r\n");
        var csvProblems = new DiagnosticBag();
        var inputProblems = new DiagnosticBag();

        var summary = ReportImporter.Run(input, csv, inputProblems, csvProblems);
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);

        Assert.Empty(inputProblems.Sorted.Concat(csvProblems.Sorted));
        Assert.Equal(1, summary!.Count(ImportChangeKind.Created));
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        var area = File.ReadAllText(folder.Combine("output", "areas", "southmere", "index.html"));
        Assert.Contains("Widespread and/or systemic failings", area);
        Assert.Contains("reports/2024-01-15-full-inspection/", area);
        var report = File.ReadAllText(folder.Combine("output", "areas", "southmere", "reports", "2024-01-15-full-inspection", "index.html"));
        Assert.Contains("Read the full report on Ofsted's website", report);
        Assert.Contains("The report sets 3 areas for priority action. This site does not have their words", report);
        Assert.True(File.Exists(folder.Combine("output", "areas", "cumberland", "index.html")));
        // Every area of England plus the fictional one has a page; Bournemouth and Poole (merged into BCP) are redirects.
        var pages = Directory.GetDirectories(folder.Combine("output", "areas"))
            .Where(d => !File.ReadAllText(Path.Combine(d, "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(154, pages.Count);
        Assert.True(File.Exists(folder.Combine("output", "areas", "bournemouth", "index.html")));
    }

    /// <summary>Puts the fictional area at the end of the areas list, before the abolished list.</summary>
    private static void InsertArea(string areasFile)
    {
        var text = File.ReadAllText(areasFile);
        var at = text.IndexOf("\nabolished:", StringComparison.Ordinal);
        var comment = text.LastIndexOf("\n#", at - 1, StringComparison.Ordinal);
        File.WriteAllText(areasFile, text[..comment] + FictionalArea + text[comment..]);
    }
}
