using SendSite.Building;
using SendSite.Engine;
using SendSite.Pipelines;

namespace SendSite.Preview;

/// <summary>
/// Runs the site's pipelines for `serve`, into memory rather than onto disk. <see cref="Everything"/> runs them all
/// (the first build, and after changes to site.yml, areas.yml, pages, layouts or the theme). <see cref="Update"/>
/// follows a change to some areas' reports and plans: it renders those areas' own pages (area, reports, plans)
/// before it returns, keeps every other area's, and redoes the site-wide pipelines (home, lists, feeds, data,
/// redirects, sitemaps) in the background, where a request for one of their files waits for it. The theme's
/// assets are kept as they are.
/// </summary>
public static class PreviewRenderer
{
    // The pipelines whose pages each belong to one area, all under /areas/<slug>/.
    private static readonly string[] PerArea = [nameof(AreaPages), nameof(ReportPages), nameof(PlanPages)];

    // What depends on the theme and node_modules alone.
    private static readonly string[] Unchanging = [nameof(Assets)];

    public static PreviewSnapshot Everything(BuildContext context)
    {
        var pipelines = SitePipelines.All();
        var tasks = new Dictionary<string, Task<IReadOnlyDictionary<string, Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            Schedule(pipeline, pipelines, context, tasks, Task.CompletedTask);
        }
        return new PreviewSnapshot(tasks, new Dictionary<string, string>(StringComparer.Ordinal), null);
    }

    /// <summary>
    /// The site after reports or plans of <paramref name="areas"/> changed, from <paramref name="previous"/> (every
    /// pipeline's documents, complete). The areas' pages of the pipelines named in <paramref name="first"/> are ready
    /// when this returns (the area pages, and the plan or report pages of the kind that changed: what the author is
    /// looking at); their other pages and every site-wide pipeline follow in the background.
    /// </summary>
    public static PreviewSnapshot Update(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Document>> previous, BuildContext context, IReadOnlySet<string> areas, IReadOnlySet<string> first)
    {
        var narrowed = context with { Site = context.Site with { Areas = [.. context.Site.Areas.Where(a => areas.Contains(a.Area.Slug))] } };
        var prefixes = areas.Select(slug => $"areas/{slug}/").ToArray();
        var pipelines = SitePipelines.All();
        var tasks = new Dictionary<string, Task<IReadOnlyDictionary<string, Document>>>(StringComparer.Ordinal);
        // The rest waits for the snapshot to be released (<see cref="PreviewSnapshot.Release"/>), once it is served, so it
        // does not compete for the processor with the pages the author is waiting for.
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var pipeline in pipelines.Where(p => PerArea.Contains(p.Name)))
        {
            IReadOnlyDictionary<string, Document> Redo()
            {
                var fresh = pipeline.Process(narrowed, new PipelineOutputs(new Dictionary<string, IReadOnlyList<Document>>()));
                var kept = previous[pipeline.Name].Values.Where(d => !prefixes.Any(p => d.Destination.StartsWith(p, StringComparison.Ordinal)));
                return ByDestination(kept.Concat(fresh));
            }
            if (first.Contains(pipeline.Name))
            {
                tasks[pipeline.Name] = Task.FromResult(Redo());
            }
            else
            {
                tasks[pipeline.Name] = released.Task.ContinueWith(_ => Redo(), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
            }
        }
        foreach (var pipeline in pipelines.Where(p => Unchanging.Contains(p.Name)))
        {
            tasks[pipeline.Name] = Task.FromResult(previous[pipeline.Name]);
        }
        foreach (var pipeline in pipelines)
        {
            Schedule(pipeline, pipelines, context, tasks, released.Task);
        }
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, documents) in previous)
        {
            foreach (var destination in documents.Keys)
            {
                owners[destination] = name;
            }
        }
        return new PreviewSnapshot(tasks, owners, released);
    }

    /// <summary>Every document of a finished snapshot in destination order, as a build would write them.</summary>
    public static async Task<IReadOnlyList<Document>> DocumentsAsync(PreviewSnapshot snapshot) =>
        [.. (await snapshot.AllAsync()).Values.SelectMany(d => d.Values).OrderBy(d => d.Destination, StringComparer.Ordinal)];

    private static Task<IReadOnlyDictionary<string, Document>> Schedule(
        IPipeline pipeline, IReadOnlyList<IPipeline> pipelines, BuildContext context, Dictionary<string, Task<IReadOnlyDictionary<string, Document>>> tasks, Task released)
    {
        if (tasks.TryGetValue(pipeline.Name, out var existing))
        {
            return existing;
        }
        var before = pipeline.Dependencies.ToDictionary(d => d, d => Schedule(pipelines.Single(p => p.Name == d), pipelines, context, tasks, released), StringComparer.Ordinal);
        // A thread of its own, as PipelineRunner does: the pipeline blocks while its pages render on the pool.
        var task = Task.WhenAll(before.Values.Append(released)).ContinueWith(
            _ =>
            {
                var inputs = before.ToDictionary(b => b.Key, b => (IReadOnlyList<Document>)[.. b.Value.Result.Values.OrderBy(d => d.Destination, StringComparer.Ordinal)], StringComparer.Ordinal);
                return ByDestination(pipeline.Process(context, new PipelineOutputs(inputs)));
            },
            CancellationToken.None,
            TaskContinuationOptions.LongRunning,
            TaskScheduler.Default);
        tasks[pipeline.Name] = task;
        return task;
    }

    // The preview serves from memory, so a deferred document's text is made here, in parallel, when its pipeline
    // runs: pages are ready before the browser is told to reload, not made again on every request.
    private static IReadOnlyDictionary<string, Document> ByDestination(IEnumerable<Document> documents) =>
        documents.AsParallel()
            .Select(d => d.Render is null ? d : Document.FromText(d.Destination, d.TextNow()!))
            .ToDictionary(d => d.Destination, StringComparer.Ordinal);
}
