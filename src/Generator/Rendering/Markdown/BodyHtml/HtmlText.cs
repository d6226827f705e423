using Markdig.Renderers;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// Writes text and attribute values escaped exactly as the HTML standard's fragment serialiser does (as
/// AngleSharp wrote them when it re-serialised every body), which is the form the site has always published:
/// &amp;, &lt;, &gt; and the no-break space everywhere, the double quote in attribute values only (Markdig's own
/// escaping also turns every double quote in text into &amp;quot;).
/// </summary>
internal static class HtmlText
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>
    /// Text of the body. While an image's alt text is being written (inline HTML switched off) the text is
    /// an attribute value, so it is escaped as one.
    /// </summary>
    public static void Write(HtmlRenderer renderer, string? text) => Write(renderer, text, 0, text?.Length ?? 0);

    public static void Write(HtmlRenderer renderer, string? text, int start, int length)
    {
        if (renderer.EnableHtmlForInline)
        {
            WriteEscaped(renderer, text, start, length, inAttribute: false);
        }
        else
        {
            WriteAttributeValue(renderer, text, start, length);
        }
    }

    public static void WriteAttributeValue(HtmlRenderer renderer, string? value) =>
        WriteAttributeValue(renderer, value, 0, value?.Length ?? 0);

    /// <summary>Writes ` name="value"`.</summary>
    public static void WriteAttribute(HtmlRenderer renderer, string name, string? value)
    {
        renderer.Write(' ').Write(name).Write("=\"");
        WriteAttributeValue(renderer, value);
        renderer.Write('"');
    }

    private static void WriteAttributeValue(HtmlRenderer renderer, string? value, int start, int length) =>
        WriteEscaped(renderer, value, start, length, inAttribute: true);

    private static void WriteEscaped(HtmlRenderer renderer, string? text, int start, int length, bool inAttribute)
    {
        if (text is null || length <= 0)
        {
            return;
        }

        var end = start + length;
        var copiedUpTo = start;
        for (var index = start; index < end; index++)
        {
            var escaped = text[index] switch
            {
                '&' => "&amp;",
                NoBreakSpace => "&nbsp;",
                '"' when inAttribute => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (escaped is null)
            {
                continue;
            }

            renderer.Write(text, copiedUpTo, index - copiedUpTo);
            renderer.Write(escaped);
            copiedUpTo = index + 1;
        }

        renderer.Write(text, copiedUpTo, end - copiedUpTo);
    }
}
