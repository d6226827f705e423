using SendSite.Diagnostics;
using SendSite.Rendering.Markdown;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// Markdown written to attack readers: every case must come out harmless, and where the author wrote a link or
/// HTML the build must fail with a diagnostic at the right line of the file (the body starts on line 10 here,
/// after front matter, and the hostile text is on the body's third line).
/// </summary>
public sealed class HostileMarkdownTests
{
    private const string File = "plans/example-area/2024-05-01-strategic-plan.md";
    private const int FirstBodyLine = 10;
    private const int HostileLine = FirstBodyLine + 2;
    private const string Intro = "A harmless first paragraph.\n\n";

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Text <img src=x onerror=alert(1)> more")]
    [InlineData("Text <b onmouseover=alert(1)>bold</b>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=javascript:alert(1)></iframe>")]
    [InlineData("<style>*{display:none}</style>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    [InlineData("<object data=\"javascript:alert(1)\"></object>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")]
    [InlineData("<form action=javascript:alert(1)><button>Go</button></form>")]
    [InlineData("<data:text/html,<script>alert(1)</script>>")]
    public void Raw_html_is_reported_and_never_published(string hostile)
    {
        var rendered = Render(hostile);

        PublishedHtmlAssert.IsSafe(rendered.Html);
        AssertReportedAt(rendered, DiagnosticCodes.RawHtml);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](java&#x0A;script:alert(1))")]
    [InlineData("[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](&#x20;javascript:alert(1))")]
    [InlineData("[x](&#1;javascript:alert(1))")]
    [InlineData("[x](&#xFEFF;javascript:alert(1))")]
    [InlineData("[x](  javascript:alert(1)  )")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("[x](javascript:alert(1) \"title\")")]
    [InlineData("[x](javascript://%0Aalert(1))")]
    [InlineData("[x](\\javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x](/\\evil.example/)")]
    [InlineData("[x](https:/\\evil.example/)")]
    [InlineData("[x](../../../outside)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x]\n\n[x]: <javascript:alert(1)> \"t\"")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[![x](javascript:alert(1))](javascript:alert(2))")]
    public void Unsafe_link_targets_are_removed_and_reported(string hostile)
    {
        var rendered = Render(hostile);

        PublishedHtmlAssert.IsSafe(rendered.Html);
        Assert.DoesNotContain("<a ", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", rendered.Html, StringComparison.Ordinal);
        AssertReportedAt(rendered, DiagnosticCodes.UnsafeLink);
    }

    /// <summary>
    /// Text CommonMark does not read as a link or as HTML is published as plain, escaped text. (A character
    /// reference without its ';' is not decoded, so the last case is a harmless relative link to "&amp;#...".)
    /// </summary>
    [Theory]
    [InlineData("[x](\u0001javascript:alert(1))")]
    [InlineData("[x](java script:alert(1))")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\\<script>alert(1)\\</script>")]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("    <script>alert(1)</script>")]
    [InlineData("```\n<iframe src=x></iframe>\n```")]
    [InlineData("< script>alert(1)</ script>")]
    [InlineData("[x](&#0000106avascript:alert(1))")]
    [InlineData("<scr<script>ipt>alert(1)</script>")]
    public void Text_that_only_looks_like_html_stays_text(string hostile)
    {
        var rendered = Render(hostile);

        PublishedHtmlAssert.IsSafe(rendered.Html);
    }

    [Fact]
    public void Every_disguise_in_one_body_is_reported_once_each_at_its_own_line()
    {
        var markdown = string.Join("\n\n", "[a](javascript:x)", "<script>x</script>", "![b](data:x)", "<vbscript:x>");

        var rendered = MarkdownRenderer.Shared.Render(markdown, File, FirstBodyLine);

        Assert.Equal(
            [$"{FirstBodyLine}:1 {DiagnosticCodes.UnsafeLink}", $"{FirstBodyLine + 2}:1 {DiagnosticCodes.RawHtml}",
             $"{FirstBodyLine + 4}:1 {DiagnosticCodes.UnsafeLink}", $"{FirstBodyLine + 6}:1 {DiagnosticCodes.UnsafeLink}"],
            rendered.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}"));
        PublishedHtmlAssert.IsSafe(rendered.Html);
    }

    private static RenderedMarkdown Render(string hostile) =>
        MarkdownRenderer.Shared.Render(Intro + hostile, File, FirstBodyLine);

    private static void AssertReportedAt(RenderedMarkdown rendered, string code)
    {
        // Some cases hold more than one tag or link (an image inside a link): each is reported on its own.
        Assert.Contains(rendered.Diagnostics, d => d.Code == code);
        Assert.All(rendered.Diagnostics, diagnostic =>
        {
            Assert.Equal(code, diagnostic.Code);
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal(File, diagnostic.Location.File);
            Assert.Equal(HostileLine, diagnostic.Location.Line);
            Assert.InRange(diagnostic.Location.Column, 1, 80);
        });
    }
}
