using SendSite.Diagnostics;
using SendSite.Rendering.Markdown;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>A body image from another host made every reader's browser fetch from it: it is now an error at its position, and dropped.</summary>
public sealed class ImageSourcePolicyTests
{
    [Theory]
    [InlineData("![x](http://127.0.0.1:9/pixel.png)")]
    [InlineData("![x](https://tracker.example/pixel.png)")]
    [InlineData("![x](//tracker.example/pixel.png)")]
    [InlineData("![x](HTTPS://tracker.example/pixel.png)")]
    public void An_image_from_another_address_is_an_error_where_it_was_written_and_is_not_published(string image)
    {
        var rendered = MarkdownRenderer.Shared.Render("Intro.\n\nSee " + image + " here.\n", "plans/a/p.md", 7);

        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, problem.Code);
        Assert.Equal(new SourceLocation("plans/a/p.md", 9, 5), problem.Location);
        Assert.DoesNotContain("<img", rendered.Html);
        Assert.DoesNotContain("tracker", rendered.Html);
    }

    [Fact]
    public void A_relative_image_of_this_site_is_published()
    {
        var rendered = MarkdownRenderer.Shared.Render("![A chart of waiting times](chart.png)\n", "plans/a/p.md", 7);

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains("<img src=\"chart.png\"", rendered.Html);
    }
}
