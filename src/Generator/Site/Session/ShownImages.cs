using System.Collections.Concurrent;
using SendSite.Engine;
using SendSite.Rendering.Markdown.Images;

namespace SendSite.Site.Session;

/// <summary>
/// The image files the pages made with one <see cref="BuildContext"/> show, gathered as each page renders its body
/// (<see cref="BuildContext.RenderMarkdown"/>). Only published pages render bodies, so an image that only a draft or
/// an embargoed report shows is never here, and never published. A build writes these once its pages are written,
/// into the same staging folder, one copy per file however many pages show it. Thread-safe: pages render in parallel.
/// </summary>
public sealed class ShownImages
{
    private readonly ConcurrentDictionary<string, BodyImage> byDestination = new(StringComparer.Ordinal);

    public void Add(IEnumerable<BodyImage> images)
    {
        foreach (var image in images)
        {
            byDestination.TryAdd(image.Destination, image);
        }
    }

    /// <summary>One copied file per image, in order of destination (the order documents are always in).</summary>
    public IReadOnlyList<Document> Documents() => Copies(byDestination.Values);

    /// <summary>
    /// The image files every published page shows, from bodies already rendered: for `serve`, whose bodies are kept
    /// (<see cref="BodyMode.Kept"/>) and whose pages of unchanged areas are not made again after a save. The bodies
    /// are those the page pipelines render: published reports, plans, content pages and thematic reports.
    /// </summary>
    public static IReadOnlyList<Document> OfPublishedPages(BuildContext context)
    {
        var site = context.Site;
        var bodies = site.Reports.Select(r => r.Report.Body)
            .Concat(site.Plans.Select(p => p.Plan.Body))
            .Concat(site.Pages.Select(p => p.Body))
            .Concat(site.ThematicReports.Select(t => t.Body));
        return Copies(bodies.SelectMany(body => context.Bodies.Render(body).Images));
    }

    /// <summary>One copied file per image, each once, in order of destination.</summary>
    public static IReadOnlyList<Document> Copies(IEnumerable<BodyImage> images) =>
    [
        .. images
            .DistinctBy(i => i.Destination, StringComparer.Ordinal)
            .OrderBy(i => i.Destination, StringComparer.Ordinal)
            .Select(i => Document.CopyOf(i.Destination, i.FullPath)),
    ];
}
