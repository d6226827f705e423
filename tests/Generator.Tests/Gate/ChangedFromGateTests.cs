using System.CommandLine;
using System.Text.Json;
using SendSite.Gate;
using SendSite.Tools.Commands;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>
/// The pull-request mode end to end in real Chromium, through `check --changed-from`: a page that changed is
/// scanned and its failure fails the run; a page that did not change is not scanned, even when it would fail, and
/// with nothing changed the browser opens no page.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChangedFromGateTests(ChromiumFixture browser)
{
    private const int AreaPages = 6;

    /// <summary>A heading three levels below the page's h1: axe's heading-order rule fails it.</summary>
    private static void BreakHeadings(string site, int area)
    {
        var file = Path.Combine(site, GeneratedSite.AreaPage(area));
        File.WriteAllText(file, File.ReadAllText(file).Replace("</h1>", "</h1>\n<h4>Too deep</h4>"));
    }

    private async Task<(int ExitCode, JsonElement Report, string Log)> CheckAsync(string site, string baseBuild)
    {
        var report = GateFixtures.NewTempFolder();
        var log = new StringWriter();
        var root = new RootCommand { CheckCommand.Create(browser.Chromium, log) };
        var exitCode = await ExitCodes.InvokeAsync(root,
            ["check", "--site", site, "--changed-from", baseBuild, "--report", report, "--exceptions", GateFixtures.NoExceptions()]);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(report, GateReportWriter.JsonFile)));
        return (exitCode, json.RootElement.Clone(), log.ToString());
    }

    private static List<string> Strings(JsonElement report, string property) =>
        [.. report.GetProperty(property).EnumerateArray().Select(item => item.GetString()!)];

    [Fact]
    public async Task A_changed_page_is_scanned_and_fails_the_run_and_an_unchanged_failing_page_is_not_scanned()
    {
        var baseBuild = GeneratedSite.Write(AreaPages);
        var site = GeneratedSite.Write(AreaPages);
        BreakHeadings(baseBuild, 4); // already broken in the earlier build, unchanged since
        BreakHeadings(site, 4);
        BreakHeadings(site, 2); // the pull request's change

        var (exitCode, report, log) = await CheckAsync(site, baseBuild);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal([GeneratedSite.AreaPage(2)], Strings(report, "pages"));
        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.Equal(GeneratedSite.AreaPage(2), problem.GetProperty("page").GetString()));
        Assert.Contains(problems, problem => problem.GetProperty("rule").GetString() == "heading-order");
        Assert.Contains($"1 pages are new or differ from {baseBuild}: {GeneratedSite.AreaPage(2)}", log);
    }

    [Fact]
    public async Task With_nothing_changed_no_page_is_opened_and_the_run_passes()
    {
        var (exitCode, report, log) = await CheckAsync(GeneratedSite.Write(AreaPages), GeneratedSite.Write(AreaPages));

        Assert.True(exitCode == ExitCodes.Success, log);
        Assert.Empty(Strings(report, "pages"));
        Assert.Contains("0 of them opened in the browser", log);
    }

    [Fact]
    public async Task A_missing_earlier_build_is_a_usage_error()
    {
        var root = new RootCommand { CheckCommand.Create(browser.Chromium, TextWriter.Null) };

        var exitCode = await ExitCodes.InvokeAsync(root,
            ["check", "--site", GeneratedSite.Write(1), "--changed-from", Path.Combine(GateFixtures.NewTempFolder(), "missing")]);

        Assert.Equal(ExitCodes.Usage, exitCode);
    }
}
