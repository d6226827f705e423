using System.Collections.Concurrent;
using SendSite.Content;
using SendSite.Diagnostics;
using SendSite.Loading;
using SendSite.Rendering.Markdown;

namespace SendSite.Engine;

/// <summary>
/// Checks and renders Markdown bodies, reading each body's text from its file at that moment and keeping
/// nothing after, and reports each body's problems exactly once. A build renders a published body while it
/// writes the page (checking it in the same parse) and checks only the bodies no page shows (drafts, embargoed
/// reports) with <see cref="CheckRest"/>; `validate` checks every body. Thread-safe.
/// </summary>
public sealed class MarkdownBodies(DiagnosticBag diagnostics)
{
    private static readonly RenderedMarkdown Unreadable = new("", [], []);

    // Bodies already rendered and checked by their owner (serve's preview keeps every body rendered in memory
    // and reports their problems itself): served as they are, never read or reported again.
    private readonly IReadOnlyDictionary<string, RenderedMarkdown> prerendered = new Dictionary<string, RenderedMarkdown>();

    /// <summary>Bodies served from <paramref name="rendered"/> (by file) when it has them, read and rendered otherwise.</summary>
    public MarkdownBodies(DiagnosticBag diagnostics, IReadOnlyDictionary<string, RenderedMarkdown> rendered)
        : this(diagnostics)
    {
        prerendered = rendered;
    }

    // Bodies whose problems are already in the bag: rendering a body twice (the alternative provision rule
    // renders a few before the build does) must not report its problems twice.
    private readonly ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);

    /// <summary>A body as safe HTML with its headings; its problems go to the bag the first time it is checked or rendered.</summary>
    public RenderedMarkdown Render(MarkdownBody body)
    {
        if (prerendered.TryGetValue(body.File, out var kept))
        {
            return kept;
        }
        var text = MarkdownBodyReader.Read(body, out var problem);
        if (text is null)
        {
            Report(body, [problem!]);
            return Unreadable;
        }
        var rendered = MarkdownRenderer.Shared.Render(text, body.File, body.FirstLine);
        Report(body, rendered.Diagnostics);
        return rendered;
    }

    /// <summary>Runs every Markdown rule on a body without writing HTML, unless its problems were already reported.</summary>
    public void Check(MarkdownBody body)
    {
        if (reported.ContainsKey(body.File))
        {
            return;
        }
        var text = MarkdownBodyReader.Read(body, out var problem);
        Report(body, text is null ? [problem!] : MarkdownRenderer.Shared.Check(text, body.File, body.FirstLine));
    }

    /// <summary>Checks, in parallel, every body of <paramref name="bodies"/> that has not been checked or rendered yet.</summary>
    public void CheckRest(IEnumerable<MarkdownBody> bodies) =>
        Parallel.ForEach(bodies.Where(b => !reported.ContainsKey(b.File)), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Check);

    /// <summary>Every Markdown body of the input: reports, plans, content pages and thematic reports.</summary>
    public static IEnumerable<MarkdownBody> Of(ContentSet content) =>
        content.Reports.Select(r => r.Body)
            .Concat(content.Plans.Select(p => p.Body))
            .Concat(content.Pages.Select(p => p.Body))
            .Concat(content.ThematicReports.Select(t => t.Body));

    private void Report(MarkdownBody body, IReadOnlyList<Diagnostic> problems)
    {
        if (reported.TryAdd(body.File, true))
        {
            diagnostics.AddRange(problems);
        }
    }
}
