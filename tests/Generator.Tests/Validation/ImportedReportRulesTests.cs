using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Validation;

/// <summary>Reports from Ofsted's data (source: ofsted-mi), inspection teams and the alternative provision section.</summary>
public sealed class ImportedReportRulesTests : IDisposable
{
    private const string NorthbyFile = "input/reports/northby/2024-03-04-full-inspection.md";
    private const string SouthmereFile = "input/reports/southmere/2024-01-15-full-inspection.md";

    private readonly TempFolder folder = new();
    private readonly string input;

    public ImportedReportRulesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> Errors()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return [.. diagnostics.Sorted.Where(d => d.Severity == Severity.Error)];
    }

    private static string Imported(string outcome, string extra) => $"""
        ---
        area: southmere
        kind: full-inspection
        source: ofsted-mi
        inspection_start: 2024-01-15
        published: 2024-03-01T00:00:00Z
        status: approved
        outcome: {outcome}
        {extra}
        ---
        """;

    [Fact]
    public void An_imported_failings_report_needs_only_the_count_and_the_link()
    {
        folder.Write(SouthmereFile, Imported("widespread-failings", "priority_action_count: 2\nofficial_report: https://example.org/r/1"));

        Assert.Empty(Errors());
    }

    [Fact]
    public void An_imported_report_without_its_link_is_allowed_because_a_CSV_export_of_Ofsteds_file_loses_it()
    {
        folder.Write(SouthmereFile, Imported("widespread-failings", "priority_action_count: 2"));

        Assert.Empty(Errors());
    }

    [Fact]
    public void An_imported_failings_report_without_a_count_is_an_error()
    {
        folder.Write(SouthmereFile, Imported("widespread-failings", "official_report: https://example.org/r/1"));

        Assert.Equal(DiagnosticCodes.MissingPriorityActionCount, Assert.Single(Errors()).Code);
    }

    [Fact]
    public void A_count_with_another_outcome_is_an_error()
    {
        folder.Write(SouthmereFile, Imported("inconsistent", "priority_action_count: 2\nofficial_report: https://example.org/r/1"));

        Assert.Contains(Errors(), e => e.Code == DiagnosticCodes.PriorityActionsWithoutFailings);
    }

    [Fact]
    public void A_count_that_disagrees_with_the_listed_priority_actions_is_an_error()
    {
        folder.Write(SouthmereFile, SampleInput.SouthmereReport.Replace("outcome: widespread-failings", "outcome: widespread-failings\npriority_action_count: 3"));

        Assert.Equal(DiagnosticCodes.PriorityActionCountMismatch, Assert.Single(Errors()).Code);
    }

    [Fact]
    public void A_team_with_two_ofsted_leads_is_an_error()
    {
        folder.Write(NorthbyFile, SampleInput.NorthbyReport.Replace("outcome: inconsistent", """
            outcome: inconsistent
            team:
              - { role: lead-inspector, discipline: education, inspectorate: ofsted }
              - { role: lead-inspector, discipline: social-care, inspectorate: ofsted }
              - { role: lead-inspector, discipline: health, inspectorate: cqc }
            """));

        var error = Assert.Single(Errors());
        Assert.Equal(DiagnosticCodes.TwoLeadInspectors, error.Code);
        Assert.Contains("Ofsted", error.Message);
    }

    [Fact]
    public void An_alternative_provision_section_must_be_a_heading_of_the_body()
    {
        folder.Write(NorthbyFile, SampleInput.NorthbyReport.Replace("outcome: inconsistent", "outcome: inconsistent\nalternative_provision_section: alternative-provison"));

        var error = Assert.Single(Errors());
        Assert.Equal(DiagnosticCodes.UnknownAlternativeProvisionSection, error.Code);
        Assert.Equal(9, error.Location.Line);
        Assert.Contains("what-is-it-like-to-be-a-child-or-young-person-with-send-in-this-area", error.Message);
    }
}
