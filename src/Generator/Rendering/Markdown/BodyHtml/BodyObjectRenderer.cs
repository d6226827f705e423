using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A renderer for exactly one node type. Markdig's own renderers also take every subclass of their type, so an
/// extension's node (a footnote link, say) would be written as if it were the node it derives from; taking
/// only the exact type makes the set of registered renderers the allow-list of what a body may contain.
/// </summary>
internal abstract class BodyObjectRenderer<TObject> : IMarkdownObjectRenderer
    where TObject : MarkdownObject
{
    public bool Accept(RendererBase renderer, Type objectType) => objectType == typeof(TObject);

    public void Write(RendererBase renderer, MarkdownObject objectToRender) =>
        Write((HtmlRenderer)renderer, (TObject)objectToRender);

    protected abstract void Write(HtmlRenderer renderer, TObject obj);
}
