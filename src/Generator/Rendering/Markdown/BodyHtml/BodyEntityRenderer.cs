using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>An entity the author wrote (&amp;copy;), as the character it stands for, escaped where needed.</summary>
internal sealed class BodyEntityRenderer : BodyObjectRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlEntityInline entity) =>
        HtmlText.Write(renderer, entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
}
