using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// Emphasis (*words*) and strong emphasis (**words**). Any other delimiter would come from an extension this
/// site does not use, so its words are written without markup.
/// </summary>
internal sealed class BodyEmphasisRenderer : BodyObjectRenderer<EmphasisInline>
{
    protected override void Write(HtmlRenderer renderer, EmphasisInline emphasis)
    {
        var tag = renderer.EnableHtmlForInline && emphasis.DelimiterChar is '*' or '_'
            ? emphasis.DelimiterCount == 2 ? "strong" : "em"
            : null;
        if (tag is not null)
        {
            renderer.Write('<').Write(tag).Write('>');
        }

        renderer.WriteChildren(emphasis);
        if (tag is not null)
        {
            renderer.Write("</").Write(tag).Write('>');
        }
    }
}
