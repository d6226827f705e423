using System.CommandLine;
using System.Text.Json;
using SendSite.Gate;
using SendSite.Tools.Commands;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>
/// The gate against small sites on disk: the clean one passes everything; each broken one fails, through the
/// same code path as <c>send-site check</c>, and names the rule or check that caught it.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityGateTests(ChromiumFixture browser)
{
    private async Task<GateResult> RunGateAsync(string site, IReadOnlyCollection<string>? onlyPages = null, string? exceptions = null)
    {
        var options = new GateOptions(site, GateFixtures.NewTempFolder())
        {
            OnlyPages = onlyPages,
            ExceptionsFile = exceptions ?? GateFixtures.NoExceptions(),
        };
        return await AccessibilityGate.RunAsync(options, TextWriter.Null, browser.Chromium);
    }

    private async Task<(int ExitCode, string Log, JsonDocument Report)> RunCheckCommandAsync(string site)
    {
        var report = GateFixtures.NewTempFolder();
        var log = new StringWriter();
        var root = new RootCommand { CheckCommand.Create(browser.Chromium, log) };
        var exitCode = await ExitCodes.InvokeAsync(root,
            ["check", "--site", site, "--report", report, "--exceptions", GateFixtures.NoExceptions(), "--parallel", "2"]);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(report, GateReportWriter.JsonFile)));
        return (exitCode, log.ToString(), json);
    }

    [Fact]
    public async Task The_clean_site_passes_every_check_and_the_command_exits_0()
    {
        var (exitCode, log, report) = await RunCheckCommandAsync(GateFixtures.Site("clean"));

        Assert.True(exitCode == ExitCodes.Success, log);
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.Empty(report.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(["about/index.html", "index.html"],
            report.RootElement.GetProperty("pages").EnumerateArray().Select(page => page.GetString()));
        Assert.Contains("pages/s", log);
    }

    [Theory]
    [InlineData("missing-alt", "image-alt", "1.1.1")]
    [InlineData("low-contrast", "color-contrast", "1.4.3")]
    [InlineData("skipped-heading", "heading-order", "")]
    [InlineData("broken-anchor", "internal-fragment", "")]
    [InlineData("keyboard-trap", "keyboard-trap", "2.1.2")]
    [InlineData("horizontal-scroll", "reflow-320", "1.4.10")]
    [InlineData("invalid-html", "html-valid", "4.1.1")]
    public async Task A_broken_site_fails_the_check_command_and_names_the_problem(string fixture, string rule, string criterion)
    {
        var (exitCode, log, report) = await RunCheckCommandAsync(GateFixtures.Site(fixture));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.False(report.RootElement.GetProperty("passed").GetBoolean());
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().ToList();
        var named = problems.Where(problem => problem.GetProperty("rule").GetString() == rule).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, problem => Assert.Equal("index.html", problem.GetProperty("page").GetString()));
        Assert.All(named, problem => Assert.Equal(criterion, problem.GetProperty("criterion").GetString()));
        Assert.Contains($"index.html: {rule}", log);
    }

    [Fact]
    public async Task A_page_whose_inline_script_and_style_the_policy_refuses_fails_and_only_that_page_is_named()
    {
        // csp-violation is the clean site with the strict policy every page carries; only its about page breaks it.
        var (exitCode, log, report) = await RunCheckCommandAsync(GateFixtures.Site("csp-violation"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray()
            .Where(problem => problem.GetProperty("rule").GetString() == GateChecks.ContentSecurityPolicy.Id).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.Equal("about/index.html", problem.GetProperty("page").GetString()));
        var messages = string.Join("\n", problems.Select(problem => problem.ToString()));
        Assert.Contains("script-src", messages, StringComparison.Ordinal);
        Assert.Contains("style-src", messages, StringComparison.Ordinal);
        Assert.Contains($"about/index.html: {GateChecks.ContentSecurityPolicy.Id}", log);
    }

    [Fact]
    public async Task A_page_whose_policy_refuses_every_script_still_gets_axe_and_the_gates_own_script_is_not_named()
    {
        // The gate adds axe to a page as a same-origin script; a policy without 'self' refuses it, and the gate then
        // gives the page axe through the driver, as it did when axe was an init script. The refusal is the gate's, not
        // the site's: it must not be reported as a policy violation.
        var site = GateFixtures.NewTempFolder();
        CopyFolder(GateFixtures.Site("missing-alt"), site);
        var home = Path.Combine(site, "index.html");
        var policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'\">";
        await File.WriteAllTextAsync(home, (await File.ReadAllTextAsync(home)).Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n" + policy));

        var result = await RunGateAsync(site);

        Assert.Contains(result.Problems, problem => problem is { Page: "index.html", Rule: "image-alt" });
        Assert.DoesNotContain(result.Problems, problem => problem.Rule == GateChecks.ContentSecurityPolicy.Id);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_reviewed_exception_allows_exactly_the_element_it_names()
    {
        var exceptions = Path.Combine(GateFixtures.NewTempFolder(), "gate-exceptions.yml");
        await File.WriteAllTextAsync(exceptions, """
            exceptions:
              - rule: color-contrast
                selector: ".faint"
                page: index.html
                reason: A test of the exceptions file.
            """);

        var result = await RunGateAsync(GateFixtures.Site("low-contrast"), exceptions: exceptions);

        Assert.True(result.Passed);
        Assert.Equal("color-contrast", Assert.Single(result.Excepted).Rule);
    }

    [Fact]
    public async Task An_exception_without_a_reason_fails_the_gate_with_a_clear_message()
    {
        var exceptions = Path.Combine(GateFixtures.NewTempFolder(), "gate-exceptions.yml");
        await File.WriteAllTextAsync(exceptions, "exceptions:\n  - rule: color-contrast\n    selector: .faint\n");

        var result = await RunGateAsync(GateFixtures.Site("low-contrast"), exceptions: exceptions);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(GateChecks.Setup.Id, problem.Rule);
        Assert.Contains("has no reason", problem.Message);
    }

    [Fact]
    public async Task Pull_request_mode_scans_the_given_pages_and_one_page_of_each_template()
    {
        var site = GeneratedSite.Write(areaPages: 25);

        var result = await RunGateAsync(site, onlyPages: ["/areas/area-07/", "about/index.html"]);

        Assert.True(result.Passed, string.Join("\n", result.Problems));
        Assert.Equal(["about/index.html", GeneratedSite.AreaPage(0), GeneratedSite.AreaPage(7), "index.html"], result.PagesScanned);
    }

    [Fact]
    public async Task A_page_asked_for_that_is_not_in_the_site_fails()
    {
        var result = await RunGateAsync(GateFixtures.Site("clean"), onlyPages: ["nowhere/index.html"]);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("nowhere/index.html", GateChecks.PageLoad.Id), (problem.Page, problem.Rule));
    }

    [Fact]
    public async Task The_check_command_calls_a_missing_site_folder_a_usage_error()
    {
        var root = new RootCommand { CheckCommand.Create() };

        var exitCode = await ExitCodes.InvokeAsync(root, ["check", "--site", Path.Combine(GateFixtures.NewTempFolder(), "missing")]);

        Assert.Equal(ExitCodes.Usage, exitCode);
    }

    [Fact]
    public async Task Pages_in_a_folder_still_being_written_are_opened_only_once_it_is_written()
    {
        // The build makes the search index while the gate runs: a page in that folder must be checked as finished.
        var site = GateFixtures.CopyOf("clean");
        var about = Path.Combine(site, "about", "index.html");
        var finished = await File.ReadAllTextAsync(about);
        var unfinished = finished.Replace("</main>", "<p style=\"color:#ddd\">Not written yet.</p>\n</main>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(about, unfinished);

        // Checked as it stands, the unfinished page fails: so a pass below means it was checked once finished.
        var asItStands = await RunGateAsync(site);
        Assert.Contains(asItStands.Problems, problem => problem.Page == "about/index.html" && problem.Rule == "color-contrast");

        var writing = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await File.WriteAllTextAsync(about, finished);
        });
        var options = new GateOptions(site, GateFixtures.NewTempFolder())
        {
            ExceptionsFile = GateFixtures.NoExceptions(),
            StillWriting = new StillWriting("about/", writing),
        };
        var result = await AccessibilityGate.RunAsync(options, TextWriter.Null, browser.Chromium);

        Assert.True(result.Passed, string.Join("\n", result.Problems));
        Assert.Equal(2, result.PagesOpened);
    }
}
