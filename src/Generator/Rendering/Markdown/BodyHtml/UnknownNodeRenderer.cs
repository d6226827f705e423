using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// Every node no other renderer of <see cref="BodyHtmlRenderer"/> takes: one the site's Markdown dialect never
/// makes, so it could only come from a change to the pipeline. It is refused markup of its own: a container
/// writes only its children (each judged in turn), a block only its source lines as escaped text in a
/// paragraph, and an inline nothing. A new kind of node so reaches the page as words or not at all, never as
/// markup nobody reviewed; giving it markup means adding a renderer for it.
/// </summary>
internal sealed class UnknownNodeRenderer : HtmlObjectRenderer<MarkdownObject>
{
    protected override void Write(HtmlRenderer renderer, MarkdownObject obj)
    {
        switch (obj)
        {
            case ContainerBlock container:
                renderer.WriteChildren(container);
                break;
            case ContainerInline container:
                renderer.WriteChildren(container);
                break;
            case LeafBlock leaf:
                renderer.EnsureLine();
                renderer.Write("<p class=\"").Write(GovukClasses.Body).Write("\">");
                if (leaf.Inline is { } inline)
                {
                    renderer.WriteChildren(inline);
                }
                else
                {
                    BodyLines.Write(renderer, leaf, lineBetween: true);
                }

                renderer.WriteLine("</p>");
                break;
        }
    }
}
