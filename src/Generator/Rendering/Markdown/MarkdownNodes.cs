using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// The nodes the checks care about, gathered in one walk of the syntax tree, in document order. Gathering first
/// also lets the checks change the tree (unlinking an unsafe link) without disturbing the walk.
/// </summary>
internal sealed class MarkdownNodes
{
    public List<HeadingBlock> Headings { get; } = [];

    /// <summary>Links and images, written inline, by reference, or found in text by the bare-URL extension.</summary>
    public List<LinkInline> Links { get; } = [];

    /// <summary>CommonMark autolinks in angle brackets: <c>&lt;https://example.org&gt;</c>.</summary>
    public List<AutolinkInline> Autolinks { get; } = [];

    public List<HtmlBlock> HtmlBlocks { get; } = [];

    public List<HtmlInline> HtmlInlines { get; } = [];

    public static MarkdownNodes Collect(MarkdownDocument document)
    {
        var nodes = new MarkdownNodes();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    nodes.Headings.Add(heading);
                    break;
                case LinkInline link:
                    nodes.Links.Add(link);
                    break;
                case AutolinkInline autolink:
                    nodes.Autolinks.Add(autolink);
                    break;
                case HtmlBlock htmlBlock:
                    nodes.HtmlBlocks.Add(htmlBlock);
                    break;
                case HtmlInline htmlInline:
                    nodes.HtmlInlines.Add(htmlInline);
                    break;
            }
        }

        return nodes;
    }
}
