using SendSite.Site.Pipelines;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The guide for local areas links to the site's GitHub project and its plan form from site.yml's repository_url
/// (issue 17); without it the guide says the address is not set, and never links nowhere.
/// </summary>
public sealed class RepositoryLinksTests : IDisposable
{
    private const string Guide = """
        ---
        title: Submit a plan
        repository_links: true
        ---
        ## Before you start

        You need an account.
        """;

    private readonly PipelineHarness harness = new PipelineHarness().With("pages/submit-a-plan.md", Guide);

    public void Dispose() => harness.Dispose();

    private string Page(string slug) => harness.Run(new ContentPages()).Single(d => d.Destination == slug + "/index.html").TextNow()!;

    [Fact]
    public void With_repository_url_the_guide_links_to_the_project_and_opens_the_plan_form()
    {
        harness.With("site.yml", SampleInput.SiteYml + "\nrepository_url: https://github.com/example-org/send-site/\n");

        var html = Page("submit-a-plan");

        Assert.Contains("id=\"links-you-need\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://github.com/example-org/send-site/issues/new?template=submit-a-plan.yml\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://github.com/example-org/send-site\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("has not been set yet", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_repository_url_the_guide_says_so_and_whom_to_ask_instead_of_linking_nowhere()
    {
        var html = Page("submit-a-plan");

        Assert.Contains("The address of this site's project on GitHub has not been set yet", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:help@example.org\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("github.com/", html.Replace("https://github.com/signup", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("issues/new", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_does_not_ask_for_the_links_shows_none()
    {
        harness.With("site.yml", SampleInput.SiteYml + "\nrepository_url: https://github.com/example-org/send-site\n");

        Assert.DoesNotContain("links-you-need", Page("about"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://github.com/example-org/send-site")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://github.com/example-org")]
    public void A_repository_url_that_is_not_an_https_project_address_is_refused(string value)
    {
        harness.With("site.yml", SampleInput.SiteYml + $"\nrepository_url: \"{value}\"\n");

        var session = SendSite.Site.Session.SiteSession.Load(harness.Input, SendSite.Site.Session.BodyMode.Streamed, PipelineHarness.DefaultNow);

        var problem = Assert.Single(session.Diagnostics, d => d.Severity == SendSite.Diagnostics.Severity.Error);
        Assert.Equal("site.yml", problem.Location.File);
        Assert.Equal(7, problem.Location.Line);
    }
}
