using System.Text.RegularExpressions;
using SendSite.Tests.Support;

namespace SendSite.Tests.Workflows;

/// <summary>
/// The plan-from-issue workflow cannot run here, so its safety is checked on its text: the untrusted issue never
/// appears in a shell line, and the token has only the permissions the job needs.
/// </summary>
public sealed partial class PlanFromIssueWorkflowTests
{
    private static readonly string Text = File.ReadAllText(RepositoryRoot.Combine(".github", "workflows", "plan-from-issue.yml"));

    [GeneratedRegex(@"^(\s*)run: \|\n((?:\1  .*\n|\s*\n)*)|^\s*run: (.*)$", RegexOptions.Multiline)]
    private static partial Regex RunBlocks();

    [Fact]
    public void No_shell_line_contains_an_expression_so_nothing_typed_in_an_issue_reaches_a_shell()
    {
        var runs = RunBlocks().Matches(Text).Select(m => m.Groups[2].Value + m.Groups[3].Value).ToList();

        Assert.True(runs.Count >= 5, $"found {runs.Count} run steps");
        Assert.All(runs, run => Assert.DoesNotContain("${{", run));
        Assert.Contains("BODY: ${{ github.event.issue.body }}", Text); // the body goes in by environment variable only
        Assert.DoesNotContain("issue.title", Text);
    }

    [Fact]
    public void The_token_has_no_permissions_but_the_three_the_job_needs()
    {
        Assert.Contains("\npermissions: {}\n", Text);
        var granted = Regex.Matches(Text, @"^      (\S+): (read|write)", RegexOptions.Multiline).Select(m => m.Groups[1].Value + ":" + m.Groups[2].Value);
        Assert.Equal(["contents:write", "pull-requests:write", "issues:write"], granted);
    }

    [Fact]
    public void It_reads_only_issues_made_with_the_form_and_never_opens_a_pull_request_for_someone_outside_the_team()
    {
        Assert.Contains("if: contains(github.event.issue.labels.*.name, 'plan submission')", Text);
        Assert.Contains("if: steps.plan.outputs.valid == 'true' && steps.owner.outputs.allowed == 'true'", Text);
        Assert.Contains("labels: [\"plan submission\"]", File.ReadAllText(RepositoryRoot.Combine(".github", "ISSUE_TEMPLATE", "submit-a-plan.yml")));
    }
}
