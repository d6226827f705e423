using SendSite.Engine;
using SendSite.Site.Pipelines;

namespace SendSite.Tests.Support;

/// <summary>The single-pipeline harness runs one pipeline on a few files, and feeds a dependent pipeline what the test gives it.</summary>
public sealed class PipelineHarnessTests : IDisposable
{
    private readonly PipelineHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public void Report_pages_alone_make_one_page_per_published_report_and_nothing_else()
    {
        var documents = harness.Run(new ReportPages());

        Assert.Equal(
            ["areas/northby/reports/2024-03-04-full-inspection/index.html", "areas/southmere/reports/2024-01-15-full-inspection/index.html", "areas/southmere/reports/2025-09-01-monitoring-inspection/index.html"],
            documents.Select(d => d.Destination));
        Assert.All(documents, d => Assert.Contains("<main", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_under_embargo_at_the_given_moment_gets_no_page()
    {
        var before = harness.Run(new ReportPages(), now: new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain(before, d => d.Destination.Contains("2025-09-01-monitoring-inspection", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dependent_pipeline_sees_only_the_documents_it_is_given()
    {
        var given = new Dictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);
        foreach (var name in new Sitemap().Dependencies)
        {
            given[name] = [];
        }
        given[nameof(ContentPages)] = [Document.FromText("about/index.html", "<html></html>")];

        var sitemap = harness.Run(new Sitemap(), dependencies: given).Single(d => d.Destination == "sitemap.xml");

        Assert.Contains("/about/</loc>", sitemap.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/areas/", sitemap.Text, StringComparison.Ordinal);
    }
}
