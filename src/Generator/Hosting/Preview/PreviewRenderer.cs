using SendSite.Engine;
using SendSite.Site.Building;
using SendSite.Site.Session;

namespace SendSite.Hosting.Preview;

/// <summary>
/// Runs the site's pipelines for `serve` into memory rather than onto disk, with the same runner as a build.
/// <see cref="Everything"/> runs them all (the first build, and after changes to site.yml, areas.yml, pages, layouts
/// or the theme). <see cref="Update"/> follows a change to some areas' reports and plans: the pages the author is
/// looking at are ready when it returns, every other area's are kept, and the rest is redone in the background,
/// where a request for one of its files waits for it.
/// </summary>
public static class PreviewRenderer
{
    /// <summary>
    /// The snapshot's entry, beside the pipelines', for the image files published pages show. A build learns them as
    /// it writes the pages; the preview keeps every body rendered, so it reads them from the bodies of every
    /// published page, including the pages of areas an update kept as they were.
    /// </summary>
    public const string ImageFiles = "image files";

    public static PreviewSnapshot Everything(BuildContext context)
    {
        var tasks = new PipelineRunner<BuildContext>(SitePipelines.All()).Start(context);
        var made = tasks.ToDictionary(t => t.Key, t => Made(t.Value), StringComparer.Ordinal);
        made[ImageFiles] = Task.FromResult(ByDestination(ShownImages.OfPublishedPages(context)));
        return new PreviewSnapshot(made, new Dictionary<string, string>(StringComparer.Ordinal), null);
    }

    /// <summary>
    /// The site after reports or plans of <paramref name="areas"/> changed, from <paramref name="previous"/> (every
    /// pipeline's documents, complete). The families of pages holding a page of <paramref name="first"/> (the saved
    /// files' pages and the areas' pages: what the author is looking at) are made before this returns; the areas'
    /// other pages and the site-wide pipelines wait for the snapshot to be released
    /// (<see cref="PreviewSnapshot.Release"/>), once it is served.
    /// </summary>
    /// <param name="first">Destinations, as <see cref="Document.Destination"/> gives them.</param>
    public static PreviewSnapshot Update(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Document>> previous, BuildContext context, IReadOnlySet<string> areas, IReadOnlySet<string> first)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var earlier = previous.Where(p => p.Key != ImageFiles).ToDictionary(p => p.Key, p => (IReadOnlyList<Document>)[.. p.Value.Values], StringComparer.Ordinal);
        var narrowed = context with { Site = context.Site with { Areas = [.. context.Site.Areas.Where(a => areas.Contains(a.Area.Slug))] } };
        var prefixes = areas.Select(slug => $"areas/{slug}/").ToArray();
        var tasks = new PipelineRunner<BuildContext>(SitePipelines.All()).Update(
            earlier, context, narrowed, d => prefixes.Any(p => d.Destination.StartsWith(p, StringComparison.Ordinal)), released.Task);
        // Kept and per-area documents are ready now. Making the text of the families the author is looking at here
        // means they are ready to serve; the areas' other pages (a report's family when a plan was saved) follow
        // once the snapshot is served, so they do not delay it.
        var made = tasks.ToDictionary(
            t => t.Key,
            t => !t.Value.IsCompleted
                ? Made(t.Value)
                : t.Value.Result.All(d => d.Render is null) || t.Value.Result.Any(d => d.Render is not null && first.Contains(d.Destination))
                    ? Task.FromResult(ByDestination(t.Value.Result))
                    : released.Task.ContinueWith(_ => ByDestination(t.Value.Result), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default),
            StringComparer.Ordinal);
        made[ImageFiles] = Task.FromResult(ByDestination(ShownImages.OfPublishedPages(context)));
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, documents) in previous)
        {
            foreach (var destination in documents.Keys)
            {
                owners[destination] = name;
            }
        }
        return new PreviewSnapshot(made, owners, released);
    }

    /// <summary>Every document of a finished snapshot in destination order, as a build would write them.</summary>
    public static async Task<IReadOnlyList<Document>> DocumentsAsync(PreviewSnapshot snapshot) =>
        [.. (await snapshot.AllAsync()).Values.SelectMany(d => d.Values).OrderBy(d => d.Destination, StringComparer.Ordinal)];

    private static Task<IReadOnlyDictionary<string, Document>> Made(Task<IReadOnlyList<Document>> pipeline) =>
        pipeline.ContinueWith(t => ByDestination(t.Result), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);

    // The preview serves from memory, so a deferred document's text is made here, in parallel, when its pipeline
    // runs: pages are ready before the browser is told to reload, not made again on every request.
    private static IReadOnlyDictionary<string, Document> ByDestination(IEnumerable<Document> documents) =>
        documents.AsParallel()
            .Select(d => d.Render is null ? d : Document.FromText(d.Destination, d.TextNow()!))
            .ToDictionary(d => d.Destination, StringComparer.Ordinal);
}
