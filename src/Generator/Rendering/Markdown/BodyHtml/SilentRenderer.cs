using Markdig.Renderers;
using Markdig.Syntax;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>A node that is part of the Markdown but not of the page: a link reference definition ([r]: https://...).</summary>
internal sealed class SilentRenderer<TObject> : BodyObjectRenderer<TObject>
    where TObject : MarkdownObject
{
    protected override void Write(HtmlRenderer renderer, TObject obj)
    {
    }
}
