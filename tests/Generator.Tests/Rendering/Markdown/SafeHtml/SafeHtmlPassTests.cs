using SendSite.Rendering.Markdown.SafeHtml;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown.SafeHtml;

/// <summary>
/// The defence-in-depth pass on its own: Markdig never hands it dangerous HTML, so these tests feed it HTML
/// directly to prove it would remove whatever got through.
/// </summary>
public sealed class SafeHtmlPassTests
{
    private const int FolderDepth = 2;

    [Theory]
    [InlineData("<p onclick=\"alert(1)\">Hi</p>", "<p class=\"govuk-body\">Hi</p>")]
    [InlineData("<p>Hi<script>alert(1)</script></p>", "<p class=\"govuk-body\">Hi</p>")]
    [InlineData("<script>alert(1)</script><p>Hi</p>", "<p class=\"govuk-body\">Hi</p>")]
    [InlineData("<style>p{}</style><p>Hi</p>", "<p class=\"govuk-body\">Hi</p>")]
    [InlineData("<p>a<iframe src=\"https://x.example\"></iframe>b</p>", "<p class=\"govuk-body\">ab</p>")]
    [InlineData("<p><svg onload=\"alert(1)\"><a href=\"x\">in svg</a></svg>ok</p>", "<p class=\"govuk-body\">ok</p>")]
    [InlineData("<div><span class=\"x\">kept words</span></div>", "kept words")]
    [InlineData("<h1>Title</h1>", "Title")]
    [InlineData("<p>a<!-- hidden -->b</p>", "<p class=\"govuk-body\">ab</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"java&#9;script:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"  javascript:alert(1)\">x</a>", "x")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\" style=\"x\">x</a>", "<a href=\"https://example.org\" class=\"govuk-link\">x</a>")]
    [InlineData("<img src=\"javascript:alert(1)\" alt=\"a\">", "")]
    [InlineData("<img src=\"a.png\" alt=\"A chart\" onerror=\"alert(1)\" width=\"5\">", "<img src=\"a.png\" alt=\"A chart\">")]
    [InlineData("<code class=\"language-js\">x</code>", "<code>x</code>")]
    [InlineData("<h2 id=\"a\" style=\"color:red\">A</h2>", "<h2 id=\"a\" class=\"govuk-heading-l\">A</h2>")]
    [InlineData("<form><input value=\"x\"><button>Go</button></form><p>after</p>", "<p class=\"govuk-body\">after</p>")]
    [InlineData("<template><p>x</p></template>", "")]
    [InlineData("<p>a</p><noscript><p>x</p></noscript>", "<p class=\"govuk-body\">a</p>")]
    public void Removes_everything_outside_the_allow_list(string html, string expected)
    {
        Assert.Equal(expected, SafeHtmlPass.Apply(html, FolderDepth));
    }

    [Fact]
    public void Head_content_never_reaches_the_body()
    {
        var html = "<title>x</title><meta http-equiv=\"refresh\" content=\"0\"><link rel=\"stylesheet\" href=\"x\"><p>Body</p>";

        Assert.Equal("<p class=\"govuk-body\">Body</p>", SafeHtmlPass.Apply(html, FolderDepth));
    }

    [Fact]
    public void A_table_without_header_cells_is_still_wrapped_and_named()
    {
        var result = SafeHtmlPass.Apply("<table><tbody><tr><td>1</td></tr></tbody></table>", FolderDepth);

        Assert.Equal(
            "<div class=\"app-table-wrapper\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table class=\"govuk-table\">"
            + "<tbody class=\"govuk-table__body\"><tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">1</td></tr></tbody></table></div>",
            result);
    }

    [Fact]
    public void Nested_unknown_elements_keep_their_words_in_order()
    {
        Assert.Equal(
            "<p class=\"govuk-body\">one two <strong>three</strong></p>",
            SafeHtmlPass.Apply("<p><span>one <font>two</font> <strong>three</strong></span></p>", FolderDepth));
    }
}
