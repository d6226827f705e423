using System.Collections.Concurrent;
using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Loading;
using SendSite.Rendering.Markdown;

namespace SendSite.Site.Session;

/// <summary>
/// Checks and renders Markdown bodies, reading each body's text from its file at that moment, and keeps each
/// body's problems (by file) so they are reported exactly once. A build streams: it renders a published body
/// while it writes the page (checking it in the same parse), keeps no HTML, and checks only the bodies no page
/// shows (drafts, embargoed reports) with <see cref="CheckRest"/>. `serve` keeps every body rendered
/// (<see cref="BodyMode.Kept"/>), so a save re-reads only the file that changed (<see cref="Forget"/>). Thread-safe.
/// </summary>
public sealed class MarkdownBodies(BodyMode mode, MarkdownRenderer renderer)
{
    /// <summary>Bodies of no input folder and no site (<see cref="MarkdownRenderer.Shared"/>): they may show no image.</summary>
    public MarkdownBodies(BodyMode mode)
        : this(mode, MarkdownRenderer.Shared)
    {
    }

    private static readonly RenderedMarkdown Unreadable = new("", [], []);

    private readonly ConcurrentDictionary<string, RenderedMarkdown> kept = new(StringComparer.Ordinal);

    // Each body's problems, from the first time it was checked or rendered: rendering a body twice (the alternative
    // provision rule renders a few before the build does) must not report its problems twice.
    private readonly ConcurrentDictionary<string, IReadOnlyList<Diagnostic>> problems = new(StringComparer.Ordinal);

    /// <summary>Every problem found in the bodies so far.</summary>
    public IEnumerable<Diagnostic> Problems => problems.Values.SelectMany(p => p);

    /// <summary>A body as safe HTML with its headings; its problems are kept the first time it is checked or rendered.</summary>
    public RenderedMarkdown Render(MarkdownBody body)
    {
        if (kept.TryGetValue(body.File, out var rendered))
        {
            return rendered;
        }
        var text = MarkdownBodyReader.Read(body, out var problem);
        if (text is null)
        {
            problems.TryAdd(body.File, [problem!]);
            return Unreadable;
        }
        rendered = renderer.Render(text, body.File, body.FirstLine);
        problems.TryAdd(body.File, rendered.Diagnostics);
        return mode == BodyMode.Kept ? kept.GetOrAdd(body.File, rendered) : rendered;
    }

    /// <summary>Runs every Markdown rule on a body without writing HTML (or renders it, when bodies are kept), unless its problems are known.</summary>
    public void Check(MarkdownBody body)
    {
        if (problems.ContainsKey(body.File))
        {
            return;
        }
        if (mode == BodyMode.Kept)
        {
            Render(body);
            return;
        }
        var text = MarkdownBodyReader.Read(body, out var problem);
        problems.TryAdd(body.File, text is null ? [problem!] : renderer.Check(text, body.File, body.FirstLine));
    }

    /// <summary>Checks, in parallel, every body of <paramref name="bodies"/> that has not been checked or rendered yet.</summary>
    public void CheckRest(IEnumerable<MarkdownBody> bodies) =>
        Parallel.ForEach(bodies.Where(b => !problems.ContainsKey(b.File)), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Check);

    /// <summary>Drops what is known of a file's body (it was saved again, or is gone), so it is read again when next asked for.</summary>
    public void Forget(string file)
    {
        kept.TryRemove(file, out _);
        problems.TryRemove(file, out _);
    }

    /// <summary>
    /// The kept bodies as they are now, for pipelines that may still be running after the next save has changed the
    /// live set. Its problems are not reported again: they are this set's.
    /// </summary>
    public MarkdownBodies Snapshot()
    {
        var copy = new MarkdownBodies(mode, renderer);
        foreach (var (file, rendered) in kept)
        {
            copy.kept[file] = rendered;
            copy.problems[file] = rendered.Diagnostics;
        }
        return copy;
    }

    /// <summary>Every Markdown body of the input: reports, plans, content pages and thematic reports.</summary>
    public static IEnumerable<MarkdownBody> Of(ContentSet content) =>
        content.Reports.Select(r => r.Body)
            .Concat(content.Plans.Select(p => p.Body))
            .Concat(content.Pages.Select(p => p.Body))
            .Concat(content.ThematicReports.Select(t => t.Body));
}
