using System.CommandLine;
using SendSite.Gate;
using SendSite.Tools.Commands;

namespace SendSite.Tests.Gate;

/// <summary>
/// The gate has no blind spots where pages share a template: reflow is measured on every page, the Tab walks cover
/// every structure of page, and the not-found page is checked as hosts serve it, from a missing address.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class GateCoverageTests(ChromiumFixture browser)
{
    private const string WideTable =
        """<table style="min-width: 600px"><caption>The inspection team</caption><tr><th scope="col">Name</th><th scope="col">Role</th></tr><tr><td>A. Inspector</td><td>Lead</td></tr></table>""";

    private Task<GateResult> RunGateAsync(string site, string basePath = "/") =>
        AccessibilityGate.RunAsync(
            new GateOptions(site, GateFixtures.NewTempFolder()) { ExceptionsFile = GateFixtures.NoExceptions(), BasePath = basePath, Parallelism = 2 },
            TextWriter.Null, browser.Chromium);

    [Fact]
    public async Task A_wide_table_on_one_page_among_many_of_the_same_template_fails_the_gate_naming_that_page()
    {
        var site = GeneratedSite.Write(areaPages: PageSelection.FewPages + 1);
        var widePage = GeneratedSite.AreaPage(13);
        var file = Path.Combine(site, widePage);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("</main>", WideTable + "</main>"));

        var result = await RunGateAsync(site);

        Assert.False(result.Passed);
        Assert.All(result.Problems, problem => Assert.Equal((widePage, GateChecks.Reflow.Id), (problem.Page, problem.Rule)));
        // Its table makes it a structure of its own, so it is Tab-walked itself, and the report says so.
        var walk = Assert.Single(result.Walks, walk => walk.Page == widePage);
        Assert.Equal(1, walk.PagesLikeIt);
        Assert.Contains(result.Walks, other => other.Template == GeneratedSite.AreaTemplate && other.PagesLikeIt == PageSelection.FewPages);
    }

    [Fact]
    public async Task The_not_found_page_passes_with_links_from_the_root_path_and_fails_with_a_relative_link()
    {
        var site = WithNotFoundPage("""<a href="/send/index.html">Home</a>""", basePath: "/send/");
        var passed = await RunGateAsync(site, basePath: "/send/");
        Assert.True(passed.Passed, string.Join("\n", passed.Problems));
        Assert.Contains(NotFoundPage.File, passed.PagesScanned);

        var relative = WithNotFoundPage("""<a href="about/">About</a>""", basePath: "/send/");
        var failed = await RunGateAsync(relative, basePath: "/send/");

        var problem = Assert.Single(failed.Problems);
        Assert.Equal((NotFoundPage.File, GateChecks.BrokenLink.Id, "a[href=\"about/\"]"), (problem.Page, problem.Rule, problem.Selector));
    }

    [Fact]
    public async Task Check_reads_the_base_path_the_build_recorded_and_the_option_overrides_it()
    {
        var site = WithNotFoundPage("""<a href="/send/index.html">Home</a>""", basePath: "/send/");
        await File.WriteAllTextAsync(Path.Combine(site, SiteBasePath.RecordFile), SiteBasePath.RecordText("/send/"));

        Assert.Equal(ExitCodes.Success, await CheckAsync(site));
        Assert.Equal(ExitCodes.Failure, await CheckAsync(site, "--base-path", "/"));
    }

    private async Task<int> CheckAsync(string site, params string[] extra)
    {
        var root = new RootCommand { CheckCommand.Create(browser.Chromium, TextWriter.Null) };
        return await ExitCodes.InvokeAsync(root,
            ["check", "--site", site, "--report", GateFixtures.NewTempFolder(), "--exceptions", GateFixtures.NoExceptions(), "--no-cache", .. extra]);
    }

    /// <summary>The clean fixture with a not-found page whose stylesheet comes from the root path and whose text has <paramref name="link"/>.</summary>
    private static string WithNotFoundPage(string link, string basePath)
    {
        var site = GeneratedSite.Write(areaPages: 0);
        var about = File.ReadAllText(Path.Combine(site, "about", "index.html"));
        var notFound = about
            .Replace("""<p>This page explains the site. <a href="../index.html#outcomes">Read about outcomes</a>.</p>""", $"<p>Try the {link}.</p>")
            .Replace("../style.css", basePath + "style.css")
            .Replace("../index.html", basePath + "index.html")
            .Replace("../about/", basePath + "about/")
            .Replace("data-template=\"content\"", "data-template=\"not-found\"")
            .Replace("<title>About", "<title>Page not found")
            .Replace("<h1 id=\"about\">About this site</h1>", "<h1 id=\"not-found\">Page not found</h1>");
        File.WriteAllText(Path.Combine(site, NotFoundPage.File), notFound);
        return site;
    }
}
