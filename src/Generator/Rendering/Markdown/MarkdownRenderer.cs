using Markdig;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.BodyHtml;
using SendSite.Rendering.Markdown.RawHtml;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Turns the Markdown body of a report, plan or page (written by people outside the publisher, so untrusted)
/// into HTML that is safe to publish and styled with GOV.UK Frontend, and reports every problem with the
/// file, line and column to fix. Thread-safe: one Markdig pipeline serves every render.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = MarkdownPipelineFactory.Create();
    private readonly ImageSourcePolicy images;

    private MarkdownRenderer(ImageSourcePolicy images)
    {
        this.images = images;
    }

    /// <summary>A renderer that allows images from this site only.</summary>
    public static MarkdownRenderer Shared { get; } = new(ImageSourcePolicy.SiteOnly);

    /// <summary>
    /// A renderer that also allows images over https from <paramref name="imageHosts"/> (site.yml's image_hosts);
    /// <see cref="Shared"/> when there are none. Make one per site and keep it: it builds its own Markdig pipeline.
    /// </summary>
    public static MarkdownRenderer AllowingImagesFrom(IReadOnlyCollection<string> imageHosts) =>
        imageHosts.Count == 0 ? Shared : new(new ImageSourcePolicy(imageHosts));

    /// <param name="markdown">The body, without its front matter.</param>
    /// <param name="sourceFile">The file's path relative to the input folder, with forward slashes.</param>
    /// <param name="firstBodyLine">The 1-based line of the file on which the body starts.</param>
    public RenderedMarkdown Render(string markdown, string sourceFile, int firstBodyLine)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstBodyLine, 1);

        if (NestingLimit.Check(markdown, sourceFile, firstBodyLine) is { } tooDeep)
        {
            return new RenderedMarkdown("", [], [tooDeep]);
        }
        var source = new MarkdownSource(sourceFile, firstBodyLine);
        if (Parse(markdown) is not { } document)
        {
            return new RenderedMarkdown("", [], [NestingLimit.TooDeepForMarkdig(sourceFile, firstBodyLine)]);
        }
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

        if (NestingLimit.Check(markdown, sourceFile, firstBodyLine) is { } tooDeep)
        {
            return [tooDeep];
        }
        if (Parse(markdown) is not { } document)
        {
            return [NestingLimit.TooDeepForMarkdig(sourceFile, firstBodyLine)];
        }
        var diagnostics = new List<Diagnostic>();
        Check(document, new MarkdownSource(sourceFile, firstBodyLine), diagnostics);
        return InSourceOrder(diagnostics);
    }

    /// <summary>
    /// Markdig's parse, or null when it gives up on nesting the line scan did not count (it throws then, with no
    /// position): the body is still refused with its file and an error, never a stack trace.
    /// </summary>
    private Markdig.Syntax.MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (Exception e) when (e is InsufficientExecutionStackException || e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
    }

    private IReadOnlyList<HeadingInfo> Check(Markdig.Syntax.MarkdownDocument document, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        var nodes = MarkdownNodes.Collect(document);
        LinkTargetCheck.Apply(nodes, source, images, diagnostics);
        RawHtmlCheck.Report(nodes, source, diagnostics);
        return HeadingOutline.Apply(nodes.Headings, source, diagnostics);
    }

    private static List<Diagnostic> InSourceOrder(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
