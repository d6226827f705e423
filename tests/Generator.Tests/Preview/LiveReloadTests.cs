using SendSite.Hosting.Preview;

namespace SendSite.Tests.Preview;

/// <summary>The reload script goes before &lt;/body&gt;; errors go in a banner at the top, as text, never as markup.</summary>
public sealed class LiveReloadTests
{
    private const string Page = "<!DOCTYPE html><html><head></head><body class=\"govuk-template__body\"><main>Hi</main></body></html>";

    [Fact]
    public void Without_errors_only_the_script_is_added_before_the_end_of_the_body()
    {
        var served = LiveReload.Inject(Page, []);

        Assert.Contains("<main>Hi</main><script>", served);
        Assert.EndsWith("</script></body></html>", served, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", served);
    }

    [Fact]
    public void Errors_are_shown_first_and_encoded()
    {
        var served = LiveReload.Inject(Page, ["plans/a.md:3:1: error SEND108: <script>alert(1)</script> is raw HTML"]);

        Assert.StartsWith("<!DOCTYPE html><html><head></head><body class=\"govuk-template__body\"><div role=\"alert\"", served, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", served);
        Assert.DoesNotContain("<script>alert(1)", served);
    }
}
