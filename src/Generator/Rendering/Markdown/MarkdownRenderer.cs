using Markdig;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.RawHtml;
using SendSite.Rendering.Markdown.BodyHtml;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Turns the Markdown body of a report, plan or page (written by people outside the publisher, so untrusted)
/// into HTML that is safe to publish and styled with GOV.UK Frontend, and reports every problem with the
/// file, line and column to fix. Thread-safe: one Markdig pipeline serves every render.
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
        var diagnostics = new List<Diagnostic>();
        var headings = Check(document, source, diagnostics);
        var html = BodyHtmlRenderer.Render(document, source.FolderDepth);
        return new RenderedMarkdown(html, headings, InSourceOrder(diagnostics));
    }

    /// <summary>
    /// Every problem <see cref="Render"/> would report, without writing the HTML: what `validate` needs. Every
    /// rule works on the parsed Markdown, so skipping the HTML cannot hide a problem.
    /// </summary>
    public IReadOnlyList<Diagnostic> Check(string markdown, string sourceFile, int firstBodyLine)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstBodyLine, 1);

        var diagnostics = new List<Diagnostic>();
        Check(Markdig.Markdown.Parse(markdown, pipeline), new MarkdownSource(sourceFile, firstBodyLine), diagnostics);
        return InSourceOrder(diagnostics);
    }

    private static IReadOnlyList<HeadingInfo> Check(Markdig.Syntax.MarkdownDocument document, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        var nodes = MarkdownNodes.Collect(document);
        LinkTargetCheck.Apply(nodes, source, diagnostics);
        RawHtmlCheck.Report(nodes, source, diagnostics);
        return HeadingOutline.Apply(nodes.Headings, source, diagnostics);
    }

    private static List<Diagnostic> InSourceOrder(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
