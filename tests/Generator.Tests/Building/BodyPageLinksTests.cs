using System.Text;
using SendSite.Diagnostics;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// A body's link to a Markdown file of the input folder, written as GitHub's preview follows it (from the Markdown
/// file's own folder, or from the input folder's top for /...), goes to the page that file publishes, relative to the
/// page it is on, with its fragment; a link to a file that is missing, outside the input folder or publishes no page
/// is an error at its line and column, and never gives away an unpublished report. Real files on disk, whole builds
/// (no gate, no search index).
/// </summary>
public sealed class BodyPageLinksTests : IDisposable
{
    private const string PlanFile = "plans/southmere/2024-05-20-priority-action-plan.md";
    private const string PlanPage = "areas/southmere/plans/2024-05-20-priority-action-plan/index.html";
    private const string StrategyFile = "plans/southmere/2025-01-10-strategic-plan.md";
    private const string FromPlanPageToRoot = "../../../../";

    private const string Strategy = """
        ---
        area: southmere
        kind: strategic-plan
        title: Southmere SEND strategy
        responds_to: 2024-01-15-full-inspection
        published: 2025-01-10
        status: approved
        ---
        ## What we will do

        Shorter waits.
        """;

    // Under embargo at PipelineHarness.DefaultNow (2026-11-23); a draft the same with status: draft.
    private const string EmbargoedTitle = "Eastwold inspection kept under embargo";
    private const string EmbargoedFile = "reports/eastwold/2026-10-05-full-inspection.md";
    private const string EmbargoedReport = """
        ---
        area: eastwold
        kind: full-inspection
        title: Eastwold inspection kept under embargo
        inspection_start: 2026-10-05
        inspection_end: 2026-10-09
        published: 2027-01-15T09:30:00Z
        status: approved
        outcome: inconsistent
        areas_for_improvement:
          - Leaders should make sure plans are reviewed on time.
        ---
        ## What is it like to be a child or young person with SEND in this area?

        Words nobody may read yet.
        """;

    private const string DraftPlan = """
        ---
        area: eastwold
        kind: strategic-plan
        title: Eastwold SEND strategy
        responds_to: 2026-10-05-full-inspection
        published: 2027-01-20
        status: draft
        ---
        ## What we will do

        Answer [the report](../../reports/eastwold/2026-10-05-full-inspection.md).
        """;

    private readonly TempFolder folder = new();
    private readonly string input;

    public BodyPageLinksTests()
    {
        input = SampleInput.WriteTo(folder);
        folder.Write("input/" + StrategyFile, Strategy);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>The sample priority action plan with these lines added to its body, a blank line between: the first is on line 14.</summary>
    private void PlanSays(params string[] lines) =>
        folder.Write("input/" + PlanFile, SampleInput.SouthmerePlan + "\n\n" + string.Join("\n\n", lines) + "\n");

    private static int LineOfAdded(int index) => 14 + (2 * index);

    private Task<BuildResult> BuildAsync(Uri? baseUrl = null) =>
        SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), PipelineHarness.DefaultNow)
        {
            RunGate = false,
            BuildSearchIndex = false,
            BaseUrl = baseUrl,
        }, TextWriter.Null);

    private static void AssertBuilt(BuildResult result) =>
        Assert.True(result.Success, result.Failure + "\n" + string.Join("\n", result.Diagnostics));

    private string Output(string relative) => folder.Combine("output", relative);

    private string PlanHtml() => File.ReadAllText(Output(PlanPage));

    [Fact]
    public async Task A_plan_links_to_another_plan_and_to_its_report_with_fragments_at_their_pages_relative_to_its_own()
    {
        PlanSays(
            "Read [our strategy](2025-01-10-strategic-plan.md#what-we-will-do) and "
            + "[the first priority action](../../reports/southmere/2024-01-15-full-inspection.md#priority-action-1).");

        var result = await BuildAsync();

        AssertBuilt(result);
        var html = PlanHtml();
        Assert.Contains($"<a href=\"{FromPlanPageToRoot}areas/southmere/plans/2025-01-10-strategic-plan/#what-we-will-do\" class=\"govuk-link\">our strategy</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{FromPlanPageToRoot}areas/southmere/reports/2024-01-15-full-inspection/#priority-action-1\" class=\"govuk-link\">the first priority action</a>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"href=""[^""]*\.md[#""]", html);
        // The fragments name ids that the pages linked to have.
        Assert.Contains("id=\"what-we-will-do\"", File.ReadAllText(Output("areas/southmere/plans/2025-01-10-strategic-plan/index.html")), StringComparison.Ordinal);
        Assert.Contains("id=\"priority-action-1\"", File.ReadAllText(Output("areas/southmere/reports/2024-01-15-full-inspection/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paths_climbing_with_dots_from_the_top_of_the_input_folder_and_percent_encoded_find_their_pages()
    {
        PlanSays(
            "[a](../eastwold/../southmere/./2025-01-10-strategic-plan.md)",
            "[b](/reports/northby/2024-03-04-full-inspection.md)",
            "[c](/pages/about.md#who-publishes-this-site)",
            "[d](2025%2D01%2D10-strategic-plan.md?from=plan)",
            "[e](<../../reports/southmere/2024-01-15-full-inspection.md>)");

        var result = await BuildAsync();

        AssertBuilt(result);
        var html = PlanHtml();
        Assert.Contains($"href=\"{FromPlanPageToRoot}areas/southmere/plans/2025-01-10-strategic-plan/\" class=\"govuk-link\">a<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{FromPlanPageToRoot}areas/northby/reports/2024-03-04-full-inspection/\" class=\"govuk-link\">b<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{FromPlanPageToRoot}about/#who-publishes-this-site\" class=\"govuk-link\">c<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{FromPlanPageToRoot}areas/southmere/plans/2025-01-10-strategic-plan/\" class=\"govuk-link\">d<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{FromPlanPageToRoot}areas/southmere/reports/2024-01-15-full-inspection/\" class=\"govuk-link\">e<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gates_link_check_finds_every_such_link_leads_to_a_page_and_names_a_fragment_no_heading_has()
    {
        // The generator does not know the ids of the page a link goes to; the gate's link check, which reads the
        // built pages (as it already does for a body's links within its own page), does.
        PlanSays(
            "[our strategy](2025-01-10-strategic-plan.md#what-we-will-do)",
            "[the report](../../reports/southmere/2024-01-15-full-inspection.md#priority-action-2)",
            "[this plan](/plans/southmere/2024-05-20-priority-action-plan.md#our-priorities)",
            "[nowhere](2025-01-10-strategic-plan.md#no-such-section)");
        AssertBuilt(await BuildAsync());
        var site = Output("");

        var problems = LinkCheck.Run(site, SiteInventory.Read(site), basePath: "/send/");

        // Only the plan's page is judged: the small sample site has no page on what the outcomes mean, which others link to.
        var problem = Assert.Single(problems, p => p.Page == PlanPage);
        Assert.Equal(GateChecks.BrokenFragment.Id, problem.Rule);
        Assert.Contains("no-such-section", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/send-inspections/")]
    [InlineData("https://example.org/")]
    public async Task Under_any_base_path_the_link_leads_from_the_page_to_the_page_of_the_linked_file(string baseUrl)
    {
        PlanSays("[the report](../../reports/southmere/2024-01-15-full-inspection.md#priority-action-2)");
        // A content page is one folder deep in input/ and at the site's top: its way to the root differs.
        folder.Write("input/pages/about.md", SampleInput.AboutPage + "\n\nSee [the plan](../plans/southmere/2024-05-20-priority-action-plan.md).\n");
        var site = new Uri(baseUrl);

        var result = await BuildAsync(site);

        AssertBuilt(result);
        // As a browser resolves them, fragment included (Uri's own equality ignores fragments).
        Assert.Equal(
            new Uri(site, "areas/southmere/reports/2024-01-15-full-inspection/#priority-action-2").AbsoluteUri,
            new Uri(new Uri(site, "areas/southmere/plans/2024-05-20-priority-action-plan/"), HrefOf(PlanHtml(), "the report")).AbsoluteUri);
        Assert.Equal(
            new Uri(site, "areas/southmere/plans/2024-05-20-priority-action-plan/").AbsoluteUri,
            new Uri(new Uri(site, "about/"), HrefOf(File.ReadAllText(Output("about/index.html")), "the plan")).AbsoluteUri);
    }

    private static string HrefOf(string html, string words)
    {
        var end = html.IndexOf($" class=\"govuk-link\">{words}</a>", StringComparison.Ordinal);
        Assert.True(end > 0, $"no link '{words}'");
        var start = html.LastIndexOf("href=\"", end, StringComparison.Ordinal) + "href=\"".Length;
        return html[start..(end - 1)];
    }

    [Fact]
    public async Task A_markdown_file_with_windows_line_endings_and_a_byte_order_mark_links_and_places_problems_on_its_lines()
    {
        var text = (SampleInput.SouthmerePlan + "\n\nSee [our strategy](2025-01-10-strategic-plan.md#what-we-will-do).\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllBytes(folder.Combine("input/" + PlanFile), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        AssertBuilt(await BuildAsync());
        Assert.Contains($"href=\"{FromPlanPageToRoot}areas/southmere/plans/2025-01-10-strategic-plan/#what-we-will-do\"", PlanHtml(), StringComparison.Ordinal);

        File.WriteAllBytes(folder.Combine("input/" + PlanFile), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text + "\r\nAnd [the old one](2023-01-10-strategic-plan.md)\r\n")]);
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        var problem = Assert.Single(diagnostics.Sorted);
        Assert.Equal((DiagnosticCodes.LinkedFileMissing, new SourceLocation(PlanFile, 16, 5)), (problem.Code, problem.Location));
    }

    public static TheoryData<string, string, string, string> RefusedLinks => new()
    {
        // case, the link's target, the code, words the message must have
        { "missing", "2025-02-01-strategic-plan.md", DiagnosticCodes.LinkedFileMissing, "there is no file plans/southmere/2025-02-01-strategic-plan.md in the input folder" },
        { "case", "../../reports/southmere/2024-01-15-full-inspection.MD", DiagnosticCodes.LinkedFileMissing, "but there is reports/southmere/2024-01-15-full-inspection.md: only capital and small letters differ" },
        { "inside after all", "../../etc/passwd.md", DiagnosticCodes.LinkedFileMissing, "there is no file etc/passwd.md in the input folder" },
        { "climbs out", "../../../etc/passwd.md", DiagnosticCodes.LinkedFileOutsideInput, "its ../ climbs out of the input folder" },
        { "link to /etc/passwd", "/notes/passwd.md", DiagnosticCodes.LinkedFileOutsideInput, "notes/passwd.md is a link to a file outside the input folder" },
        { "not content", "/notes/minutes.md", DiagnosticCodes.LinkedFileNotPublished, "notes/minutes.md is not a report, plan or page of the site" },
        { "pdf", "../../notes/minutes.pdf", DiagnosticCodes.LinkedFileNotPublished, "notes/minutes.pdf is a file of the input folder, and the site publishes only its reports, plans and pages" },
    };

    private void MakeLinkedFiles()
    {
        folder.Write("input/notes/minutes.md", "# Minutes\n");
        folder.Write("input/notes/minutes.pdf", "%PDF-1.4\n");
        File.CreateSymbolicLink(folder.Combine("input/notes/passwd.md"), "/etc/passwd");
    }

    [Theory]
    [MemberData(nameof(RefusedLinks))]
    public async Task A_link_to_a_file_that_publishes_no_page_fails_the_build_at_its_line_and_column_with_its_code_and_a_fix(
        string which, string target, string code, string words)
    {
        MakeLinkedFiles();
        PlanSays($"See [the words]({target}).");

        var result = await BuildAsync();

        Assert.False(result.Success, which);
        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, new SourceLocation(PlanFile, LineOfAdded(0), 5)), (problem.Code, problem.Location));
        Assert.StartsWith($"The link to '{target}' was removed: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        Assert.False(Directory.Exists(Output("")), "nothing is published");
    }

    [Fact]
    public void A_content_page_whose_link_climbs_out_of_the_input_folder_is_refused()
    {
        folder.Write("input/pages/about.md", SampleInput.AboutPage + "\n\n[Secrets](../../etc/passwd.md)\n");
        var diagnostics = new DiagnosticBag();

        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);

        var problem = Assert.Single(diagnostics.Sorted);
        Assert.Equal((DiagnosticCodes.LinkedFileOutsideInput, new SourceLocation("pages/about.md", 10, 1)), (problem.Code, problem.Location));
    }

    [Fact]
    public void Validate_reports_every_refused_link_in_one_run_with_the_other_problems()
    {
        MakeLinkedFiles();
        var targets = RefusedLinks.Select(row => (string)row[1]).ToList();
        PlanSays([.. targets.Select(t => $"[A page]({t})"), "<b>raw</b>"]);
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport.Replace("status: approved", "status: aproved", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);

        Assert.Equal(
            [
                .. RefusedLinks.Select((row, i) => $"{PlanFile}:{LineOfAdded(i)}:1 {row[2]}"),
                $"{PlanFile}:{LineOfAdded(targets.Count)}:1 {DiagnosticCodes.RawHtml}",
                $"reports/northby/2024-03-04-full-inspection.md:7:9 {DiagnosticCodes.NotAllowedValue}",
            ],
            diagnostics.Sorted.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Location} {d.Code}"));
    }

    [Theory]
    [InlineData("embargoed")]
    [InlineData("draft")]
    public async Task A_link_to_an_unpublished_report_fails_and_gives_away_neither_its_title_nor_its_address(string which)
    {
        AssertBuilt(await BuildAsync()); // a site already published, which the failed build must leave as it was
        var report = which == "draft"
            ? EmbargoedReport.Replace("published: 2027-01-15T09:30:00Z", "published: 2026-11-01T09:30:00Z", StringComparison.Ordinal)
                .Replace("status: approved", "status: draft", StringComparison.Ordinal)
            : EmbargoedReport;
        // The unpublished report and a draft plan answering it link to each other: no error, as neither reaches the site.
        folder.Write("input/" + EmbargoedFile, report + "\n\nSee [the plan](../../plans/eastwold/2027-01-20-strategic-plan.md).\n");
        folder.Write("input/plans/eastwold/2027-01-20-strategic-plan.md", DraftPlan);
        PlanSays("Compare [Eastwold's report](../../reports/eastwold/2026-10-05-full-inspection.md#what-is-it-like).");

        var result = await BuildAsync();

        Assert.False(result.Success);
        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.LinkedFileNotPublished, new SourceLocation(PlanFile, LineOfAdded(0), 9)), (problem.Code, problem.Location));
        Assert.Contains($"{EmbargoedFile} is not published on the site at the time of this build", problem.Message, StringComparison.Ordinal);
        foreach (var text in new[] { problem.Message, problem.Fix })
        {
            Assert.DoesNotContain(EmbargoedTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain("areas/eastwold/reports", text, StringComparison.Ordinal);
        }
        AssertNothingOutsideInputMentions("2026-10-05-full-inspection", "2027-01-20-strategic-plan", EmbargoedTitle, "Eastwold&#39;s report", "Eastwold's report");
    }

    // Every file the builds wrote (the output, and any staging folder a failed build might have left beside it).
    private void AssertNothingOutsideInputMentions(params string[] secrets)
    {
        var inputFolder = folder.Combine("input") + Path.DirectorySeparatorChar;
        var mentions = Directory.EnumerateFiles(folder.Combine(""), "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(inputFolder, StringComparison.Ordinal))
            .Where(f => secrets.Any(s => File.ReadAllText(f).Contains(s, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(mentions);
    }
}
