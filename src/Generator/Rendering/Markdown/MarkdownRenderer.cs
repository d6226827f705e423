using Markdig;
using SendSite.Diagnostics;
using SendSite.Input.Loading;
using SendSite.Rendering.Markdown.BodyHtml;
using SendSite.Rendering.Markdown.Images;
using SendSite.Rendering.Markdown.Pages;
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
    private readonly IBodyImageFiles files;
    private readonly IBodyPages pages;

    private MarkdownRenderer(ImageSourcePolicy images, IBodyImageFiles files, IBodyPages pages)
    {
        this.images = images;
        this.files = files;
        this.pages = pages;
    }

    /// <summary>
    /// A renderer for Markdown that belongs to no input folder and no site: it shows no image at all, neither a
    /// file (there is no folder to find one in) nor one from another host, and links to no Markdown file.
    /// </summary>
    public static MarkdownRenderer Shared { get; } = new(ImageSourcePolicy.SiteOnly, NoImageFiles.Instance, NoPages.Instance);

    /// <summary>
    /// A renderer for text that is not a file of the input folder (an issue form's answer): images over https from
    /// <paramref name="imageHosts"/> (site.yml's image_hosts) are allowed, image files are refused (SEND124), and so
    /// are links to Markdown files (SEND128). Make one and keep it: it builds its own Markdig pipeline.
    /// </summary>
    public static MarkdownRenderer AllowingImagesFrom(IReadOnlyCollection<string> imageHosts) =>
        imageHosts.Count == 0 ? Shared : new(new ImageSourcePolicy(imageHosts), NoImageFiles.Instance, NoPages.Instance);

    /// <summary>
    /// The renderer of a site's bodies: images over https from <paramref name="imageHosts"/>, image files of
    /// <paramref name="input"/>, each checked once (<see cref="InputImageFiles"/>), and links to its Markdown files,
    /// written as the pages <paramref name="published"/> says they publish (<see cref="InputPages"/>; asked at each
    /// link, so the caller may swap what it answers when the site changes). Make one per loaded site.
    /// </summary>
    public static MarkdownRenderer ForSite(IReadOnlyCollection<string> imageHosts, InputPaths input, Func<IPublishedPages> published) =>
        new(new ImageSourcePolicy(imageHosts), new InputImageFiles(input), new InputPages(input, published));

    /// <summary>
    /// Forgets what was found at these paths of the input folder (image files saved or deleted since: `serve`), and
    /// returns the Markdown files that showed or looked for any of them, to be checked again.
    /// </summary>
    public IReadOnlySet<string> ForgetImageFiles(IEnumerable<string> changedFiles) =>
        files is InputImageFiles known ? known.Forget(changedFiles) : new HashSet<string>();

    /// <summary>
    /// The Markdown files whose links named any of these paths of the input folder (saved, added or deleted since:
    /// `serve`), in any letter case: the pages they link to may have come, gone or changed, so they are checked again.
    /// </summary>
    public IReadOnlySet<string> LinkingTo(IEnumerable<string> changedFiles) =>
        pages is InputPages known ? known.LinkingTo(changedFiles) : new HashSet<string>();

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
        var written = new WrittenAddresses();
        var html = BodyHtmlRenderer.Render(document, source.FolderDepth, written);
        return new RenderedMarkdown(html, headings, InSourceOrder(diagnostics))
        {
            Images = written.Images,
            RootAddressOffsets = written.Offsets,
        };
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
        LinkTargetCheck.Apply(nodes, source, images, files, pages, diagnostics);
        RawHtmlCheck.Report(nodes, source, diagnostics);
        return HeadingOutline.Apply(nodes.Headings, source, diagnostics);
    }

    private static List<Diagnostic> InSourceOrder(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
