using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>Dates, change notes and citations on report and plan pages, as journalists need them.</summary>
public sealed class ReportAndPlanPagesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public ReportAndPlanPagesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task<string> BuildAndRead(params string[] page)
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        return File.ReadAllText(folder.Combine(["output", .. page, "index.html"]));
    }

    [Fact]
    public async Task A_plan_shows_first_published_last_updated_and_its_dated_change_notes()
    {
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan.Replace("status: approved", """
            status: approved
            change_notes:
              - date: 2024-07-01
                note: Added the dates of the next review meetings.
              - date: 2024-09-12
                note: Corrected the name of the board.
            """));

        var page = await BuildAndRead("areas", "southmere", "plans", "2024-05-20-priority-action-plan");

        Assert.Contains("First published</dt>", page);
        Assert.Contains("<time datetime=\"2024-05-20\">20 May 2024</time>", page);
        Assert.Contains("Last updated</dt>", page);
        Assert.Contains("<time datetime=\"2024-09-12\">12 September 2024</time> (<a class=\"govuk-link\" href=\"#change-notes\">see change notes</a>)", page);
        Assert.Contains("id=\"change-notes\"", page);
        Assert.Contains("Added the dates of the next review meetings.", page);
        Assert.True(page.IndexOf("2024-07-01", StringComparison.Ordinal) < page.IndexOf("Corrected the name", StringComparison.Ordinal), "notes are oldest first");
    }

    [Fact]
    public async Task A_plan_without_change_notes_just_says_published()
    {
        var page = await BuildAndRead("areas", "southmere", "plans", "2024-05-20-priority-action-plan");

        Assert.Contains("Published</dt>", page);
        Assert.DoesNotContain("Last updated", page);
    }

    [Fact]
    public async Task A_report_has_a_plain_text_citation_with_its_permanent_address_and_a_copy_button_hidden_without_javascript()
    {
        var page = await BuildAndRead("areas", "northby", "reports", "2024-03-04-full-inspection");

        Assert.Contains(
            "data-citation-text>[Sample data, not a real report] Ofsted and Care Quality Commission (CQC) (2024). Area SEND inspection of Northby local area partnership. "
            + "Full inspection of Northby, inspected 4 March 2024 to 8 March 2024, published 10 May 2024. "
            + "Available at: https://example.org/send/areas/northby/reports/2024-03-04-full-inspection/ "
            + "(accessed <span data-citation-accessed>[the date you read it]</span>).</p>",
            page);
        Assert.Contains("data-citation-copy hidden>Copy citation</button>", page);
        Assert.Contains("aria-live=\"polite\" data-citation-status", page);
        Assert.Contains("app-print-only\" data-pagefind-ignore>Permanent address: https://example.org/send/areas/northby/reports/2024-03-04-full-inspection/</p>", page);
    }

    [Fact]
    public async Task A_plan_is_cited_as_the_local_area_partnerships()
    {
        var page = await BuildAndRead("areas", "southmere", "plans", "2024-05-20-priority-action-plan");

        Assert.Contains(
            "data-citation-text>[Sample data, not a real plan] Southmere City Council and NHS Southmere Integrated Care Board (2024). Southmere priority action plan. "
            + "Priority action plan, published 20 May 2024. Available at: https://example.org/send/areas/southmere/plans/2024-05-20-priority-action-plan/ (accessed ",
            page);
    }
}
