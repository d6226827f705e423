using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using SendSite.Rendering.Markdown.RawHtml;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// Writes a checked Markdown body as the HTML the site publishes, in one pass over Markdig's syntax tree:
/// GOV.UK Frontend classes, table scope and scrolling regions, and nothing else. Safety is by construction,
/// not by cleaning the HTML afterwards (which cost a second parse of every body by AngleSharp):
/// <list type="bullet">
/// <item>each node type has exactly one renderer, taken by exact type, and each renderer writes only fixed,
/// allowed markup; a node of any other type gets <see cref="UnknownNodeRenderer"/>, which writes no markup;</item>
/// <item>every text and attribute value goes through <see cref="HtmlText"/>, so raw HTML is only ever text;</item>
/// <item>every link and image target is judged again as a browser will read it (<see cref="PublishedTarget"/>);</item>
/// <item>an image with a path on this site is written only with the checked file the checks attached to it, at
/// that file's published address (<see cref="WrittenAddresses"/>), never with the target as written.</item>
/// </list>
/// </summary>
internal sealed class BodyHtmlRenderer : HtmlRenderer
{
    private BodyHtmlRenderer(StringWriter writer, int folderDepth, WrittenAddresses images)
        : base(writer)
    {
        var targets = new PublishedTarget(folderDepth);
        ObjectRenderers.Clear();
        ObjectRenderers.AddRange(
        [
            new BodyParagraphRenderer(),
            new BodyHeadingRenderer(),
            new BodyListRenderer(),
            new BodyQuoteRenderer(),
            new BodyCodeBlockRenderer<CodeBlock>(),
            new BodyCodeBlockRenderer<FencedCodeBlock>(),
            new BodyThematicBreakRenderer(),
            new BodyTableRenderer(),
            new EscapedHtmlBlockRenderer(),
            new SilentRenderer<LinkReferenceDefinitionGroup>(),
            new SilentRenderer<LinkReferenceDefinition>(),
            new InlineContainerRenderer(),
            new BodyLiteralRenderer(),
            new BodyEmphasisRenderer(),
            new BodyCodeInlineRenderer(),
            new BodyLinkRenderer(targets, images, () => writer.GetStringBuilder().Length),
            new BodyAutolinkRenderer(targets),
            new BodyLineBreakRenderer(),
            new BodyEntityRenderer(),
            new EscapedHtmlInlineRenderer(),
            new BodyDelimiterRenderer(),

            // Last: it takes every node the renderers above do not.
            new UnknownNodeRenderer(),
        ]);
    }

    /// <param name="folderDepth">How deep the body's file sits under the input folder (relative links may climb no higher).</param>
    public static string Render(MarkdownDocument document, int folderDepth) => Render(document, folderDepth, new WrittenAddresses());

    /// <param name="folderDepth">How deep the body's file sits under the input folder (relative links may climb no higher).</param>
    /// <param name="images">Gets the image files the HTML shows and where their addresses start.</param>
    public static string Render(MarkdownDocument document, int folderDepth, WrittenAddresses images)
    {
        using var writer = new StringWriter();
        var renderer = new BodyHtmlRenderer(writer, folderDepth, images);
        renderer.WriteChildren(document);
        return writer.ToString();
    }
}
