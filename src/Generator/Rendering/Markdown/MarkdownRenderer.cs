using Markdig;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.RawHtml;
using SendSite.Rendering.Markdown.SafeHtml;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Turns the Markdown body of a report, plan or page (written by people outside the publisher, so untrusted)
/// into HTML that is safe to publish and styled with GOV.UK Frontend, and reports every problem with the
/// file, line and column to fix. Thread-safe: one Markdig pipeline and one HTML parser serve every render.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = MarkdownPipelineFactory.Create();

    private MarkdownRenderer()
    {
    }

    public static MarkdownRenderer Shared { get; } = new();

    /// <param name="markdown">The body, without its front matter.</param>
    /// <param name="sourceFile">The file's path relative to the input folder, with forward slashes.</param>
    /// <param name="firstBodyLine">The 1-based line of the file on which the body starts.</param>
    public RenderedMarkdown Render(string markdown, string sourceFile, int firstBodyLine)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstBodyLine, 1);

        var source = new MarkdownSource(sourceFile, firstBodyLine);
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var nodes = MarkdownNodes.Collect(document);
        var diagnostics = new List<Diagnostic>();
        LinkTargetCheck.Apply(nodes, source, diagnostics);
        RawHtmlCheck.Report(nodes, source, diagnostics);
        var headings = HeadingOutline.Apply(nodes.Headings, source, diagnostics);
        var html = SafeHtmlPass.Apply(document.ToHtml(pipeline), source.FolderDepth);
        return new RenderedMarkdown(html, headings, InSourceOrder(diagnostics));
    }

    private static List<Diagnostic> InSourceOrder(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
