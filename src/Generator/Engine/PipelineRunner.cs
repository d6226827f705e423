using System.Diagnostics;

namespace SendSite.Engine;

/// <summary>
/// Runs pipelines in dependency order, each as soon as its dependencies are done, so independent pipelines
/// run in parallel. A missing dependency or a cycle is a programming error and stops the run before any work.
/// A build runs them all (<see cref="Run"/>); `serve` after a save redoes the changed part first and the rest
/// after (<see cref="Update"/>), choosing by each pipeline's <see cref="PipelineScope"/>. The runner knows nothing
/// of the site: the context is whatever its pipelines share.
/// </summary>
public sealed class PipelineRunner<TContext>(IReadOnlyList<IPipeline<TContext>> pipelines)
{
    /// <summary>
    /// Runs every pipeline and returns every document, in order of destination. With timings, records "render"
    /// (Process) and each pipeline's part of it; a deferred document's text, made later by the writer, adds
    /// its time to "write/&lt;pipeline&gt;".
    /// </summary>
    public IReadOnlyList<Document> Run(TContext context, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var renderClock = Stopwatch.StartNew();
        var tasks = Start(context, timings, new Dictionary<string, Task<IReadOnlyList<Document>>>(), Task.CompletedTask);
        Task.WaitAll([.. tasks.Values]);
        timings.Record("render", renderClock.Elapsed);

        IReadOnlyList<Document> all = [.. pipelines.SelectMany(p => tasks[p.Name].Result).OrderBy(d => d.Destination, StringComparer.Ordinal)];
        for (var i = 1; i < all.Count; i++)
        {
            // Two files at one address would be written in an order that changes between builds.
            if (all[i].Destination == all[i - 1].Destination)
            {
                throw new InvalidOperationException($"Two pipelines make {all[i].Destination}: each file of the site must come from one document.");
            }
        }
        return all;
    }

    /// <summary>Starts every pipeline, each once its dependencies are done, and returns without waiting.</summary>
    public IReadOnlyDictionary<string, Task<IReadOnlyList<Document>>> Start(TContext context) =>
        Start(context, new StageTimings(), new Dictionary<string, Task<IReadOnlyList<Document>>>(), Task.CompletedTask);

    /// <summary>
    /// The site after a change, from <paramref name="previous"/> (every pipeline's documents, complete). The
    /// per-area pipelines run now on <paramref name="narrowed"/>, a context holding only the changed part, and keep
    /// every earlier document that <paramref name="remade"/> does not claim; static ones are kept; the site-wide ones
    /// start on the whole <paramref name="context"/> once <paramref name="released"/> completes, so they do not compete
    /// for the processor with the pages the author is waiting for.
    /// </summary>
    public IReadOnlyDictionary<string, Task<IReadOnlyList<Document>>> Update(
        IReadOnlyDictionary<string, IReadOnlyList<Document>> previous, TContext context, TContext narrowed, Func<Document, bool> remade, Task released)
    {
        var given = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (pipeline.Scope == PipelineScope.Static)
            {
                given[pipeline.Name] = Task.FromResult(previous[pipeline.Name]);
            }
            else if (pipeline.Scope == PipelineScope.PerArea)
            {
                var kept = previous[pipeline.Name].Where(d => !remade(d));
                var fresh = pipeline.Process(narrowed, new PipelineOutputs(new Dictionary<string, IReadOnlyList<Document>>()));
                given[pipeline.Name] = Task.FromResult<IReadOnlyList<Document>>([.. kept.Concat(fresh).OrderBy(d => d.Destination, StringComparer.Ordinal)]);
            }
        }
        return Start(context, new StageTimings(), given, released);
    }

    /// <summary>
    /// Starts every pipeline not in <paramref name="given"/> once its dependencies and <paramref name="released"/> are
    /// done; a given pipeline's documents are taken as they are.
    /// </summary>
    private IReadOnlyDictionary<string, Task<IReadOnlyList<Document>>> Start(
        TContext context, StageTimings timings, IReadOnlyDictionary<string, Task<IReadOnlyList<Document>>> given, Task released)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        PipelineGraph.CheckAcyclic(byName);
        var tasks = new Dictionary<string, Task<IReadOnlyList<Document>>>(given, StringComparer.Ordinal);
        Task<IReadOnlyList<Document>> Schedule(IPipeline<TContext> pipeline)
        {
            if (tasks.TryGetValue(pipeline.Name, out var existing))
            {
                return existing;
            }
            var before = pipeline.Dependencies.ToDictionary(d => d, d => Schedule(byName[d]), StringComparer.Ordinal);
            // Each pipeline gets a thread of its own (LongRunning), not a thread-pool thread: a pipeline blocks while
            // its pages render in parallel on the pool, and many blocked pool threads starve the pool (it adds threads
            // slowly).
            var task = Task.WhenAll(before.Values.Append(released)).ContinueWith(
                _ =>
                {
                    var inputs = before.ToDictionary(b => b.Key, b => b.Value.Result, StringComparer.Ordinal);
                    return timings.Measure($"render/{pipeline.Name}", () => Timed(pipeline.Process(context, new PipelineOutputs(inputs)), pipeline.Name, timings));
                },
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.LongRunning,
                TaskScheduler.Default);
            tasks[pipeline.Name] = task;
            return task;
        }
        foreach (var pipeline in pipelines)
        {
            Schedule(pipeline);
        }
        return tasks;
    }

    private static IReadOnlyList<Document> Timed(IReadOnlyList<Document> documents, string pipeline, StageTimings timings) =>
    [
        .. documents.Select(d => d.Render is not { } render ? d : d with
        {
            Render = () =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    return render();
                }
                finally
                {
                    timings.Accumulate($"write/{pipeline}", Stopwatch.GetElapsedTime(started));
                }
            },
        }),
    ];
}
