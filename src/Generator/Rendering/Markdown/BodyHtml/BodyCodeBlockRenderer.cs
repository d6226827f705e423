using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// An indented or fenced code block, as escaped text in pre and code. A fence's language name is not written:
/// the site highlights no code, and a class chosen by the author is not something a body may set.
/// </summary>
internal sealed class BodyCodeBlockRenderer<TCodeBlock> : BodyObjectRenderer<TCodeBlock>
    where TCodeBlock : CodeBlock
{
    protected override void Write(HtmlRenderer renderer, TCodeBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<pre><code>");
        BodyLines.Write(renderer, block, lineBetween: false);
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }
}
