using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>A report's inspection team on its page and in the open data, and its alternative provision section's permanent link and search filter.</summary>
public sealed class ReportTeamAndSectionTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string output;

    public ReportTeamAndSectionTests()
    {
        var input = SampleInput.WriteTo(folder);
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport
            .Replace("outcome: inconsistent", """
                outcome: inconsistent
                alternative_provision_section: how-the-council-oversees-alternative-provision
                team:
                  - { name: A Inspector, role: lead-inspector, discipline: education, inspectorate: ofsted }
                  - { role: inspector, discipline: social-care, inspectorate: ofsted }
                  - { role: inspector, discipline: education, inspectorate: ofsted }
                  - { role: lead-inspector, discipline: health, inspectorate: cqc }
                """)
            + "\n## How the council oversees alternative provision\n\nPlacements are checked each term.\n");
        output = folder.Combine("output");
        var result = SiteGenerator.BuildAsync(new BuildOptions(input, output, Now) { RunGate = false }, TextWriter.Null).GetAwaiter().GetResult();
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => folder.Dispose();

    private string ReportPage() => File.ReadAllText(Path.Combine(output, "areas", "northby", "reports", "2024-03-04-full-inspection", "index.html"));

    [Fact]
    public void The_team_is_shown_by_role_discipline_and_inspectorate()
    {
        var page = ReportPage();

        Assert.Contains("id=\"inspection-team\"", page);
        Assert.Contains("<td class=\"govuk-table__cell\">A Inspector</td>", page);
        Assert.Contains("<td class=\"govuk-table__cell\">Lead inspector</td>", page);
        Assert.Contains("<td class=\"govuk-table__cell\">Ofsted</td>", page);
        // Inspectors without a name get no "Not named" row, but are still counted, in one sentence.
        Assert.DoesNotContain("Not named", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<tr class=\"govuk-table__row\">\\s*<td"));
        Assert.Contains("The team also had 3 inspectors the report does not name (Ofsted: education 1, social care 1; CQC: health 1).", page);
        Assert.Contains("role=\"region\" aria-labelledby=\"inspection-team-caption\" tabindex=\"0\"", page);
    }

    [Fact]
    public void The_open_data_summarises_the_team_the_same_in_csv_and_json()
    {
        const string Summary = "Ofsted: education 2, social care 1; CQC: health 1";

        var rows = CsvReader.Read(File.ReadAllText(Path.Combine(output, "data", "inspections.csv")));
        var team = rows[0].IndexOf("team");
        Assert.Contains(rows.Skip(1), r => r[team] == Summary);
        Assert.Contains($"\"team\": \"{Summary}\"", File.ReadAllText(Path.Combine(output, "data", "inspections.json")));
    }

    [Fact]
    public void The_alternative_provision_section_has_a_permanent_id_a_label_and_a_search_filter()
    {
        var page = ReportPage();

        Assert.Contains("<h2 id=\"alternative-provision\"", page);
        Assert.DoesNotContain("id=\"how-the-council-oversees-alternative-provision\"", page);
        Assert.Contains("data-pagefind-filter=\"topic:Alternative provision\"", page);
        Assert.Contains("href=\"#alternative-provision\"", page);
    }

    [Fact]
    public void A_report_without_the_section_has_no_filter()
    {
        var page = File.ReadAllText(Path.Combine(output, "areas", "southmere", "reports", "2024-01-15-full-inspection", "index.html"));

        Assert.DoesNotContain("topic:Alternative provision", page);
    }
}
