using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Markdown.BodyHtml;
using SendSite.Rendering.Markdown.Images;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown.BodyHtml;

/// <summary>
/// The renderer on its own, fed syntax trees the site's checks never let through (nodes of extensions the site
/// does not use, targets changed after LinkTargetCheck, raw HTML nodes, attributes set on nodes), to prove it
/// would still publish nothing but words and its own fixed markup.
/// </summary>
public sealed class BodyHtmlRendererTests
{
    private const int FolderDepth = 2;

    [Theory]
    // Footnote links, footnote groups and their backlinks are node types the renderer does not know.
    [InlineData("Text[^1].\n\n[^1]: The note.", "<p class=\"govuk-body\">Text.</p>\n<p class=\"govuk-body\">The note.</p>\n")]
    // A custom container is an unknown container: its children only, never its div and class.
    [InlineData(":::warning\nInside\n:::", "<p class=\"govuk-body\">Inside</p>\n")]
    // Strikethrough is an EmphasisInline with a delimiter the renderer does not know: words only.
    [InlineData("~~gone~~ kept", "<p class=\"govuk-body\">gone kept</p>\n")]
    // A task list's checkbox is an unknown inline: nothing.
    [InlineData("- [x] done", "<ul class=\"govuk-list govuk-list--bullet\">\n<li> done</li>\n</ul>\n")]
    // A maths block derives from FencedCodeBlock; taken by exact type it is unknown, so it is escaped text.
    [InlineData("$$\n<b>x</b>\n$$", "<p class=\"govuk-body\">&lt;b&gt;x&lt;/b&gt;</p>\n")]
    public void Nodes_the_renderer_does_not_know_reach_the_page_as_words_or_not_at_all(string markdown, string expected)
    {
        var pipeline = new MarkdownPipelineBuilder()
            .UseFootnotes().UseCustomContainers().UseEmphasisExtras().UseTaskLists().UseMathematics().Build();

        Assert.Equal(expected, BodyHtmlRenderer.Render(Markdig.Markdown.Parse(markdown, pipeline), FolderDepth));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/")]
    [InlineData("../../../outside")]
    [InlineData("..%2F..%2F..%2Foutside")]
    [InlineData("/\\evil.example/")]
    public void A_target_changed_after_the_checks_is_judged_again_when_written(string target)
    {
        var document = Markdig.Markdown.Parse("[words](https://example.org) ![alt](a.png) <https://example.org>");
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = target;
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            autolink.Url = target;
        }

        var html = BodyHtmlRenderer.Render(document, FolderDepth);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.StartsWith("<p class=\"govuk-body\">words  ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_is_judged_as_the_browser_reads_it_after_escaping_and_decoding()
    {
        // Markdig escapes & as &amp; in the attribute, so the browser reads back exactly the target written: an
        // entity in the target stays text, it never becomes the character it names.
        var document = Markdig.Markdown.Parse("[x](https://example.org)");
        document.Descendants<LinkInline>().Single().Url = "&#106;avascript:alert(1)";

        var html = BodyHtmlRenderer.Render(document, FolderDepth);

        Assert.Equal("<p class=\"govuk-body\"><a href=\"&amp;#106;avascript:alert(1)\" class=\"govuk-link\">x</a></p>\n", html);
    }

    [Fact]
    public void Raw_html_nodes_are_only_ever_text()
    {
        var document = Markdig.Markdown.Parse("Before\n\n<div onclick=\"x\">\n<script>alert(1)</script>\n</div>\n\nText <b onmouseover=\"x\">bold</b>");
        var paragraph = document.Descendants<ParagraphBlock>().Last();
        paragraph.Inline!.AppendChild(new HtmlInline("<img src=x onerror=alert(1)>"));

        var html = BodyHtmlRenderer.Render(document, FolderDepth);

        Assert.Equal(
            "<p class=\"govuk-body\">Before</p>\n"
            + "<p class=\"govuk-body\">&lt;div onclick=\"x\"&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;</p>\n"
            + "<p class=\"govuk-body\">Text &lt;b onmouseover=\"x\"&gt;bold&lt;/b&gt;&lt;img src=x onerror=alert(1)&gt;</p>\n",
            html);
    }

    [Fact]
    public void Attributes_set_on_nodes_are_never_written()
    {
        // Markdig's renderers write whatever attributes an extension (generic attributes, say) puts on a node.
        var document = Markdig.Markdown.Parse("## Heading\n\nPara with [a link](https://example.org) and *em*\n\n- item\n\n| a |\n|---|\n| 1 |", new MarkdownPipelineBuilder().UsePipeTables().Build());
        foreach (var node in document.Descendants())
        {
            node.GetAttributes().AddClass("evil");
            node.GetAttributes().AddProperty("onclick", "alert(1)");
        }

        var html = BodyHtmlRenderer.Render(document, FolderDepth);

        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_attributes_are_escaped_as_the_html_serialiser_escapes_them()
    {
        var document = Markdig.Markdown.Parse("\"Quoted\" & <x> &nbsp; ![a \"b\" <c> &amp; d](https://example.org/p.png)");

        var html = BodyHtmlRenderer.Render(document, FolderDepth);

        Assert.Equal(
            "<p class=\"govuk-body\">\"Quoted\" &amp; &lt;x&gt; &nbsp; <img src=\"https://example.org/p.png\" alt=\"a &quot;b&quot; &lt;c&gt; &amp; d\"></p>\n",
            html);
    }

    [Theory]
    // Markdig leaves out a line break that ends its container; the published HTML always did.
    [InlineData("[words\n](https://example.org)", "<p class=\"govuk-body\"><a href=\"https://example.org\" class=\"govuk-link\">words</a></p>\n")]
    [InlineData("Before\\\n| a |\n|---|\n| 1 |", "<p class=\"govuk-body\">Before</p>\n<div class=\"app-table-wrapper\"")]
    [InlineData("![one\ntwo](https://example.org/i.png)", "<p class=\"govuk-body\"><img src=\"https://example.org/i.png\" alt=\"one\ntwo\"></p>\n")]
    public void Line_breaks_are_written_as_markdig_writes_them(string markdown, string expectedStart)
    {
        var document = Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());

        Assert.StartsWith(expectedStart, BodyHtmlRenderer.Render(document, FolderDepth), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.png")]
    [InlineData("../images/a.png")]
    [InlineData("/images/a.png")]
    public void An_image_with_a_path_on_the_site_and_no_checked_file_is_not_written(string target)
    {
        // Written as it stands, the path would be relative to the page, not to the Markdown file: always broken.
        var html = BodyHtmlRenderer.Render(Markdig.Markdown.Parse($"Before ![A chart]({target}) after"), FolderDepth);

        Assert.Equal("<p class=\"govuk-body\">Before  after</p>\n", html);
    }

    [Fact]
    public void An_image_with_a_checked_file_is_written_at_the_files_address_and_where_that_address_starts_is_recorded()
    {
        var document = Markdig.Markdown.Parse("![One](a.png) and ![Two](b.png)");
        var file = BodyImage.Of("plans/kestermoor/my chart é.png", "/input/plans/kestermoor/my chart é.png");
        foreach (var image in document.Descendants<LinkInline>())
        {
            CheckedTarget<BodyImage>.Set(image, file);
        }
        var written = new WrittenAddresses();

        var html = BodyHtmlRenderer.Render(document, FolderDepth, written);

        const string Address = "files/plans/kestermoor/my%20chart%20%C3%A9.png";
        Assert.Equal($"<p class=\"govuk-body\"><img src=\"{Address}\" alt=\"One\"> and <img src=\"{Address}\" alt=\"Two\"></p>\n", html);
        Assert.Equal([file], written.Images);
        Assert.All(written.Offsets, offset => Assert.StartsWith(Address, html[offset..], StringComparison.Ordinal));
        Assert.Equal(2, written.Offsets.Count);
    }
}
