using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.RawHtml;

/// <summary>
/// Reports raw HTML in a body: it is never published as HTML (see <see cref="EscapeRawHtmlExtension"/>), so the
/// author is told where it is and what Markdown to write instead. Comments are allowed and left out of the page.
/// </summary>
internal static class RawHtmlCheck
{
    public static void Report(MarkdownNodes nodes, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        foreach (var block in nodes.HtmlBlocks)
        {
            var firstLine = block.Lines.Lines[0].Slice.ToString();
            if (RawHtmlText.IsComment(firstLine))
            {
                continue;
            }

            var indent = Math.Max(0, firstLine.IndexOf('<'));
            diagnostics.Add(RawHtmlFound(source.At(block, indent), RawHtmlText.TagName(firstLine)));
        }

        // One report per tag: a closing tag is reported only when no opening tag of that name came before it.
        var opened = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inline in nodes.HtmlInlines)
        {
            if (RawHtmlText.IsComment(inline.Tag))
            {
                continue;
            }

            var name = RawHtmlText.TagName(inline.Tag);
            var isClosing = RawHtmlText.IsClosingTag(inline.Tag);
            if (!isClosing)
            {
                opened.Add(name);
            }

            if (!isClosing || !opened.Contains(name))
            {
                diagnostics.Add(RawHtmlFound(source.At(inline), name));
            }
        }
    }

    private static Diagnostic RawHtmlFound(SourceLocation location, string tagName) =>
        Diagnostic.Error(
            location,
            DiagnosticCodes.RawHtml,
            $"Raw HTML (<{tagName}>) is not allowed in the body; it would be shown to readers as code.",
            HtmlTagAdvice.For(tagName));
}
