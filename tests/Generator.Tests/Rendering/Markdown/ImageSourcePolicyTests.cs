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
    public void A_relative_image_in_text_that_is_no_file_of_an_input_folder_is_an_error_and_is_not_published()
    {
        // Before issue 14 this was published as src="chart.png": relative to the page, not to the file, so broken.
        var rendered = MarkdownRenderer.Shared.Render("![A chart of waiting times](chart.png)\n", "plans/a/p.md", 7);

        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImageFileUnavailable, new SourceLocation("plans/a/p.md", 7, 1)), (problem.Code, problem.Location));
        Assert.DoesNotContain("<img", rendered.Html);
    }

    private static readonly MarkdownRenderer WithImageHost = MarkdownRenderer.AllowingImagesFrom(["images.example.org"]);

    [Theory]
    [InlineData("https://images.example.org/chart.png")]
    [InlineData("https://IMAGES.example.org/chart.png")]
    public void An_https_image_from_a_host_in_image_hosts_is_published(string target)
    {
        var rendered = WithImageHost.Render($"![A chart of waiting times]({target})\n", "plans/a/p.md", 7);

        Assert.Empty(rendered.Diagnostics);
        Assert.Contains($"<img src=\"{target}\" alt=\"A chart of waiting times\">", rendered.Html);
    }

    [Theory]
    [InlineData("http://images.example.org/chart.png", "must be fetched over https")]
    [InlineData("https://images.example.org:8443/chart.png", "may not name a port or a user")]
    [InlineData("https://user@images.example.org/chart.png", "may not name a port or a user")]
    [InlineData("https://images.example.org.evil.example/chart.png", "only from this site or from images.example.org (image_hosts in site.yml)")]
    [InlineData("https://evil.example/images.example.org/chart.png", "only from this site or from images.example.org (image_hosts in site.yml)")]
    public void Any_other_image_is_an_error_at_its_position_that_says_what_is_allowed(string target, string reason)
    {
        var rendered = WithImageHost.Render($"Intro.\n\nSee ![x]({target}) here.\n", "plans/a/p.md", 7);

        var problem = Assert.Single(rendered.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeLink, problem.Code);
        Assert.Equal(new SourceLocation("plans/a/p.md", 9, 5), problem.Location);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Contains("image_hosts", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", rendered.Html);
    }

    [Fact]
    public void A_link_to_a_page_on_an_image_host_is_judged_as_a_link_not_as_an_image()
    {
        var rendered = WithImageHost.Render("[Our charts](http://images.example.org/)\n", "plans/a/p.md", 7);

        Assert.Empty(rendered.Diagnostics);
    }
}
