using SendSite.Rendering.Markdown.RawHtml;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown.RawHtml;

public sealed class RawHtmlTextTests
{
    [Theory]
    [InlineData("<div class=\"x\">", "div")]
    [InlineData("</DIV>", "div")]
    [InlineData("<br/>", "br")]
    [InlineData("  <img\tsrc=x>", "img")]
    [InlineData("<!DOCTYPE html>", "!doctype")]
    [InlineData("<?php echo 1; ?>", "?php")]
    [InlineData("<averyveryveryverylongtagname>", "averyveryveryverylon")]
    public void Names_the_first_tag(string rawHtml, string expected)
    {
        Assert.Equal(expected, RawHtmlText.TagName(rawHtml));
    }

    [Theory]
    [InlineData("<!-- note -->", true)]
    [InlineData("   <!-- note", true)]
    [InlineData("<!DOCTYPE html>", false)]
    [InlineData("<div>", false)]
    public void Recognises_comments(string rawHtml, bool expected)
    {
        Assert.Equal(expected, RawHtmlText.IsComment(rawHtml));
    }
}
