using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class LinkCheckTests
{
    private static IReadOnlyList<GateProblem> Check(params (string Path, string Html)[] files) => CheckUnder("/", files);

    private static IReadOnlyList<GateProblem> CheckUnder(string basePath, params (string Path, string Html)[] files)
    {
        var site = GateFixtures.NewTempFolder();
        foreach (var (path, html) in files)
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, html);
        }
        return LinkCheck.Run(site, SiteInventory.Read(site), basePath);
    }

    [Fact]
    public void Links_to_folders_files_and_anchors_that_exist_pass()
    {
        var problems = Check(
            ("index.html", """<a href="/areas/">Areas</a> <a href="areas">Areas</a> <a href="areas/index.html#leeds">Leeds</a> <a href="#top">Top</a> <a href="https://example.org/x">Out</a> <img src="/logo.svg" alt="">"""),
            ("areas/index.html", """<h2 id="leeds">Leeds</h2> <a href="../">Home</a>"""),
            ("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_missing_file_and_a_missing_anchor_are_both_named_with_their_line()
    {
        var problems = Check(
            ("index.html", "<p>Intro</p>\n<a href=\"/plans/\">Plans</a>\n<a href=\"other.html#gone\">Gone</a>"),
            ("other.html", "<p id=\"here\">Here</p>"));

        Assert.Collection(problems.Order(GateProblem.Order),
            fragment =>
            {
                Assert.Equal((GateChecks.BrokenFragment.Id, "a[href=\"other.html#gone\"]"), (fragment.Rule, fragment.Selector));
                Assert.StartsWith("line 3:", fragment.Message);
            },
            missing =>
            {
                Assert.Equal((GateChecks.BrokenLink.Id, "a[href=\"/plans/\"]"), (missing.Rule, missing.Selector));
                Assert.StartsWith("line 2:", missing.Message);
            });
    }

    [Fact]
    public void A_relative_link_on_the_not_found_page_fails_because_hosts_serve_that_page_at_any_address()
    {
        // "areas/" works from /404.html itself, but not from /areas/kestermor/, where a host would serve it.
        var problems = Check(
            ("404.html", """<a href="#main">Skip</a> <main id="main"><a href="areas/">Find an area</a> <a href="/">Home</a></main>"""),
            ("index.html", "<p>Home</p>"),
            ("areas/index.html", "<p>Areas</p>"));

        var problem = Assert.Single(problems);
        Assert.Equal((NotFoundPage.File, GateChecks.BrokenLink.Id, "a[href=\"areas/\"]"), (problem.Page, problem.Rule, problem.Selector));
        Assert.Contains("served for any missing address", problem.Message);
    }

    [Fact]
    public void Links_from_the_sites_root_path_on_the_not_found_page_pass_under_that_path()
    {
        var problems = CheckUnder("/send-inspections/",
            ("404.html", """<link rel="stylesheet" href="/send-inspections/assets/site.css"> <a href="#main">Skip</a> <main id="main"><a href="/send-inspections/areas/">Find an area</a></main>"""),
            ("assets/site.css", "body {}"),
            ("areas/index.html", "<p>Areas</p>"));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_missing_body_image_is_reported_and_one_whose_encoded_name_is_there_passes_under_a_base_path()
    {
        // Issue 14: a plan's image files are published under files/, addressed from the page and percent-encoded.
        var problems = CheckUnder("/send-inspections/",
            ("areas/kestermoor/plans/2025-01-06-strategic-plan/index.html",
                "<p>Plan</p>\n<img src=\"../../../../files/plans/kestermoor/D%C3%A9lais%20d%27attente.PNG\" alt=\"Waits\">\n<img src=\"../../../../files/plans/kestermoor/gone.png\" alt=\"Gone\">"),
            ("files/plans/kestermoor/Délais d'attente.PNG", "not read: only whether it is there"));

        var problem = Assert.Single(problems);
        Assert.Equal((GateChecks.BrokenLink.Id, "img[src=\"../../../../files/plans/kestermoor/gone.png\"]"), (problem.Rule, problem.Selector));
        Assert.StartsWith("line 3:", problem.Message, StringComparison.Ordinal);
    }
}

