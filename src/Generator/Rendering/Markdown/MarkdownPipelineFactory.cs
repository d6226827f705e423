using Markdig;
using Markdig.Extensions.AutoLinks;
using SendSite.Rendering.Markdown.RawHtml;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// The Markdown dialect of this site: CommonMark, pipe tables, and bare web addresses made into links.
/// Deliberately nothing that lets an author set attributes, ids or raw HTML.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()

            // Bare-URL linking knows only http(s), ftp, mailto, tel and www.; LinkTargetCheck turns the ones
            // this site refuses back into text.
            .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
            .Use<EscapeRawHtmlExtension>()
            .Build();
}
