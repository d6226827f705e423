using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>The root of a paragraph's or heading's inlines: no markup of its own, just its children.</summary>
internal sealed class InlineContainerRenderer : BodyObjectRenderer<ContainerInline>
{
    protected override void Write(HtmlRenderer renderer, ContainerInline container) => renderer.WriteChildren(container);
}
