using System.Collections.Concurrent;

namespace SendSite.Engine;

/// <summary>
/// Runs pipelines in dependency order, each as soon as its dependencies are done, so independent pipelines
/// run in parallel. A missing dependency or a cycle is a programming error and stops the run before any work.
/// </summary>
public sealed class PipelineRunner(IReadOnlyList<IPipeline> pipelines)
{
    /// <summary>
    /// Runs every pipeline and returns every document, in order of destination. With timings, records "render"
    /// (Process) and each pipeline's part of it; a deferred document's text, made later by the writer, adds
    /// its time to "write/&lt;pipeline&gt;".
    /// </summary>
    public IReadOnlyList<Document> Run(BuildContext context, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var renderClock = System.Diagnostics.Stopwatch.StartNew();
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        PipelineGraph.CheckAcyclic(byName);

        var processed = new ConcurrentDictionary<string, IReadOnlyList<Document>>(StringComparer.Ordinal);
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        Task Schedule(IPipeline pipeline)
        {
            if (tasks.TryGetValue(pipeline.Name, out var existing))
            {
                return existing;
            }
            var before = pipeline.Dependencies.Select(d => Schedule(byName[d])).ToArray();
            // Each pipeline gets a thread of its own (LongRunning), not a thread-pool thread: a pipeline blocks
            // while its pages render in parallel on the pool, and nineteen blocked pool threads starved the pool
            // for seconds (the pool adds threads slowly), which once made render 3.5 s of mostly waiting at England.
            var task = Task.WhenAll(before).ContinueWith(
                _ =>
                {
                    var inputs = pipeline.Dependencies.ToDictionary(d => d, d => processed[d], StringComparer.Ordinal);
                    processed[pipeline.Name] = timings.Measure($"render/{pipeline.Name}", () => Timed(pipeline.Process(context, new PipelineOutputs(inputs)), pipeline.Name, timings));
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
        Task.WaitAll([.. tasks.Values]);
        timings.Record("render", renderClock.Elapsed);

        IReadOnlyList<Document> all = [.. pipelines.SelectMany(p => processed[p.Name]).OrderBy(d => d.Destination, StringComparer.Ordinal)];
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

    private static IReadOnlyList<Document> Timed(IReadOnlyList<Document> documents, string pipeline, StageTimings timings) =>
    [
        .. documents.Select(d => d.Render is not { } render ? d : d with
        {
            Render = () =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    return render();
                }
                finally
                {
                    timings.Accumulate($"write/{pipeline}", System.Diagnostics.Stopwatch.GetElapsedTime(started));
                }
            },
        }),
    ];
}
