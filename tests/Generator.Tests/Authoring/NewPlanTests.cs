using System.Text.RegularExpressions;
using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Authoring;

namespace SendSite.Tests.Authoring;

/// <summary>
/// `new plan` writes a correctly named file that is valid as soon as the author's words replace every "TO DO:",
/// and refused by validation (SEND417, one error per gap) until then.
/// </summary>
public sealed partial class NewPlanTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private readonly TempFolder folder = new();
    private readonly string input;

    public NewPlanTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    // A placeholder runs from the marker to the end of its line or its closing quote.
    [GeneratedRegex("TO DO:[^\"\\n]*")]
    private static partial Regex Placeholder();

    private NewPlanResult Create(string area, string kind, DateOnly? day = null) =>
        NewPlan.Create(input, area, kind, day ?? Day, WorkingDayCalendar.EnglandAndWales);

    private IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    private string Fill(string relativePath, string words = "Our own words")
    {
        var path = Path.Combine(input, relativePath);
        File.WriteAllText(path, Placeholder().Replace(File.ReadAllText(path), words));
        return path;
    }

    [Fact]
    public void A_strategic_plan_is_named_placed_and_answers_the_latest_full_inspection()
    {
        var result = Create("northby", "strategic-plan");

        Assert.True(result.Created, result.Message);
        Assert.Equal("plans/northby/2026-11-23-strategic-plan.md", result.RelativePath);
        var text = File.ReadAllText(Path.Combine(input, result.RelativePath!));
        Assert.StartsWith("---\n# yaml-language-server: $schema=", text, StringComparison.Ordinal);
        Assert.EndsWith("plan.schema.json\n", text.Split('\n')[1] + "\n", StringComparison.Ordinal);
        Assert.Contains("\narea: northby\n", text);
        Assert.Contains("\nkind: strategic-plan\n", text);
        Assert.Contains("\nresponds_to: 2024-03-04-full-inspection\n", text);
        Assert.Contains("\npublished: 2026-11-23\n", text);
        Assert.Contains("\nstatus: draft\n", text);
    }

    [Fact]
    public void Unchanged_it_is_refused_once_for_every_gap_and_for_nothing_else()
    {
        var result = Create("northby", "strategic-plan");

        var problems = Validate();

        Assert.NotEmpty(problems);
        Assert.All(problems, d => Assert.Equal(DiagnosticCodes.PlaceholderText, d.Code));
        Assert.All(problems, d => Assert.Equal(result.RelativePath, d.Location.File));
        Assert.Equal(Placeholder().Matches(File.ReadAllText(Path.Combine(input, result.RelativePath!))).Count, problems.Count);
        Assert.Contains(problems, d => d.Message.StartsWith("title ", StringComparison.Ordinal));
    }

    [Fact]
    public void Filled_in_a_strategic_plan_validates_with_no_errors_or_warnings()
    {
        var result = Create("northby", "strategic-plan");
        Fill(result.RelativePath!);

        Assert.Empty(Validate());
    }

    [Fact]
    public void Filled_in_a_priority_action_plan_validates_and_only_its_lateness_is_a_warning()
    {
        var result = Create("southmere", "priority-action-plan");
        var text = File.ReadAllText(Fill(result.RelativePath!));

        Assert.Contains("## Priority action 1\n\nThe inspectors said: Leaders must reduce waiting times.", text);
        Assert.Contains("## Priority action 2\n", text);
        var deadlines = PriorityActionPlanDeadlines.From(new DateOnly(2024, 3, 1), WorkingDayCalendar.EnglandAndWales);
        Assert.Contains($"send the plan to Ofsted and CQC by {DisplayDates.Iso(deadlines.SubmitBy)}", text);
        Assert.Contains($"publish it by {DisplayDates.Iso(deadlines.PublishBy)}", text);
        Assert.Contains("\nsubmitted: 2026-11-23\n", text);
        var problems = Validate();
        Assert.DoesNotContain(problems, d => d.Severity == Severity.Error);
        Assert.All(problems, d => Assert.Equal(DiagnosticCodes.PlanLate, d.Code));
    }

    [Fact]
    public async Task Filled_in_and_approved_it_appears_on_its_area_page()
    {
        var result = Create("northby", "strategic-plan", new DateOnly(2024, 6, 3));
        var path = Fill(result.RelativePath!, "Northby plan for 2024");
        File.WriteAllText(path, File.ReadAllText(path).Replace("status: draft", "status: approved"));

        var output = folder.Combine("site");
        var build = await SiteGenerator.BuildAsync(new BuildOptions(input, output, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) { RunGate = false }, TextWriter.Null);

        Assert.True(build.Success, build.Failure + string.Join(" | ", build.Diagnostics));
        Assert.Contains("Northby plan for 2024", File.ReadAllText(Path.Combine(output, "areas", "northby", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "areas", "northby", "plans", "2024-06-03-strategic-plan", "index.html")));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var first = Create("southmere", "priority-action-plan", new DateOnly(2024, 5, 20));

        Assert.False(first.Created);
        Assert.Contains("already exists", first.Message);
        Assert.Equal(SampleInput.SouthmerePlan, File.ReadAllText(Path.Combine(input, "plans/southmere/2024-05-20-priority-action-plan.md")));
    }

    [Fact]
    public void An_unknown_area_is_refused_with_a_suggestion()
    {
        var result = Create("northbie", "strategic-plan");

        Assert.False(result.Created);
        Assert.Contains("did you mean 'northby'", result.Message);
        Assert.False(Directory.Exists(Path.Combine(input, "plans", "northbie")));
    }

    [Fact]
    public void A_priority_action_plan_needs_a_report_with_widespread_failings()
    {
        var result = Create("northby", "priority-action-plan");

        Assert.False(result.Created);
        Assert.Contains("--kind strategic-plan", result.Message);
    }

    [Fact]
    public void An_area_without_a_report_cannot_have_a_plan_yet()
    {
        var result = Create("eastwold", "strategic-plan");

        Assert.False(result.Created);
        Assert.Contains("no full inspection", result.Message);
    }
}
