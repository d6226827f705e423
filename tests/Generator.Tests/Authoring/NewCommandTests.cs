using System.CommandLine;
using SendSite.Tests.Support;
using SendSite.Tools.Commands;

namespace SendSite.Tests.Authoring;

/// <summary>`new plan` on the command line: exit codes and what it says, as an author meets them.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;
    private readonly StringWriter output = new();

    public NewCommandTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private int Run(params string[] args)
    {
        var root = new RootCommand { NewCommand.Create(output) };
        var parsed = root.Parse(["new", "plan", "--input", input, .. args]);
        return parsed.Errors.Count > 0 ? ExitCodes.Usage : parsed.Invoke();
    }

    [Fact]
    public void A_plan_is_created_from_the_date_of_now_and_the_author_is_told_what_next()
    {
        Assert.Equal(ExitCodes.Success, Run("--area", "northby", "--kind", "strategic-plan", "--now", "2026-11-23T23:30:00Z"));

        // 23:30 UTC on 23 November is still 23 November in the UK (GMT).
        Assert.True(File.Exists(Path.Combine(input, "plans", "northby", "2026-11-23-strategic-plan.md")));
        Assert.Contains("TO DO:", output.ToString());
        Assert.Contains("send-site validate", output.ToString());
    }

    [Fact]
    public void A_second_run_for_the_same_day_fails_and_keeps_the_first_file()
    {
        Run("--area", "northby", "--kind", "strategic-plan", "--date", "2026-11-23");
        var path = Path.Combine(input, "plans", "northby", "2026-11-23-strategic-plan.md");
        File.AppendAllText(path, "Written by the author.\n");

        Assert.Equal(ExitCodes.Failure, Run("--area", "northby", "--kind", "strategic-plan", "--date", "2026-11-23"));
        Assert.EndsWith("Written by the author.\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--area", "northby", "--kind", "action-plan")]
    [InlineData("--area", "northby", "--kind", "strategic-plan", "--date", "23/11/2026")]
    [InlineData("--kind", "strategic-plan")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args) => Assert.Equal(ExitCodes.Usage, Run(args));
}
