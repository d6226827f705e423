using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class LinkCheckTests
{
    private static IReadOnlyList<GateProblem> Check(params (string Path, string Html)[] files)
    {
        var site = GateFixtures.NewTempFolder();
        foreach (var (path, html) in files)
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, html);
        }
        return LinkCheck.Run(site, SiteInventory.Read(site));
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
}
