using SendSite.Rendering.Markdown;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

public sealed class LinkTargetPolicyTests
{
    [Theory]
    [InlineData("https://www.gov.uk/", 2)]
    [InlineData("HTTP://example.org", 2)]
    [InlineData("mailto:send@example.org", 2)]
    [InlineData("plan.md", 0)]
    [InlineData("./plan.md#priorities", 0)]
    [InlineData("../../pages/about.md", 2)]
    [InlineData("../a/../../b", 2)]
    [InlineData("/areas/", 0)]
    [InlineData("?page=2", 0)]
    [InlineData("#section", 0)]
    [InlineData("", 0)]
    [InlineData("docs/a:b.md", 0)]
    public void Allows_web_email_and_in_site_targets(string target, int folderDepth)
    {
        Assert.Null(LinkTargetPolicy.FindProblem(target, folderDepth));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "'javascript:'")]
    [InlineData("JAVAscript:alert(1)", "'JAVAscript:'")]
    [InlineData("java\tscript:alert(1)", "control character")]
    [InlineData("\u0000javascript:alert(1)", "control character")]
    [InlineData("\u0085javascript:alert(1)", "space")]
    [InlineData(" javascript:alert(1)", "space")]
    [InlineData("javascript:alert(1)\u00A0", "space")]
    [InlineData("\uFEFFjavascript:alert(1)", "not allowed")]
    [InlineData("java\u200Bscript:alert(1)", "not allowed")]
    [InlineData("data:text/html,x", "'data:'")]
    [InlineData("tel:0123", "'tel:'")]
    [InlineData("//evil.example", "//")]
    [InlineData("a\\b", "backslash")]
    [InlineData("a%5Cb", "backslash")]
    [InlineData("../../../x", "above the top folder")]
    [InlineData("%2E%2E/%2e%2e/%2e%2e/x", "above the top folder")]
    [InlineData("/../x", "above the top folder")]
    public void Refuses_other_targets_and_says_why(string target, string reasonPart)
    {
        var problem = LinkTargetPolicy.FindProblem(target, folderDepth: 2);

        Assert.NotNull(problem);
        Assert.Contains(reasonPart, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_for_climbing_follows_the_linking_files_depth()
    {
        Assert.Null(LinkTargetPolicy.FindProblem("../x", folderDepth: 1));
        Assert.NotNull(LinkTargetPolicy.FindProblem("../x", folderDepth: 0));
    }
}
