using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown.BodyHtml;

/// <summary>
/// A link written in angle brackets (&lt;https://example.org&gt; or an email address): the address is both the
/// target and the words. A refused target leaves just the words.
/// </summary>
internal sealed class BodyAutolinkRenderer(PublishedTarget targets) : BodyObjectRenderer<AutolinkInline>
{
    private const string EmailScheme = "mailto:";

    protected override void Write(HtmlRenderer renderer, AutolinkInline autolink)
    {
        var target = renderer.EnableHtmlForInline
            ? targets.Judge(autolink.IsEmail ? EmailScheme : null, autolink.Url)
            : null;
        if (target is not null)
        {
            renderer.Write("<a");
            HtmlText.WriteAttribute(renderer, "href", target);
            renderer.Write(" class=\"").Write(GovukClasses.Link).Write("\">");
        }

        HtmlText.Write(renderer, autolink.Url);
        if (target is not null)
        {
            renderer.Write("</a>");
        }
    }
}
