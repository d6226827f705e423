using System.Collections.Concurrent;

namespace SendSite.Engine;

/// <summary>
/// Runs pipelines in dependency order, each as soon as its dependencies are done, so independent pipelines
/// run in parallel. A missing dependency or a cycle is a programming error and stops the run before any work.
/// </summary>
public sealed class PipelineRunner(IReadOnlyList<IPipeline> pipelines)
{
    /// <summary>Runs every pipeline; with timings, records "render" (Process) and "post-process", and each pipeline's part of them.</summary>
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
                    processed[pipeline.Name] = timings.Measure($"render/{pipeline.Name}", () => pipeline.Process(context, new PipelineOutputs(inputs)));
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

        return timings.Measure("post-process", () =>
        {
            var all = new PipelineOutputs(processed.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            var finished = new IReadOnlyList<Document>[pipelines.Count];
            Parallel.For(0, pipelines.Count, i => finished[i] = pipelines[i].PostProcess(context, processed[pipelines[i].Name], all));
            return (IReadOnlyList<Document>)[.. finished.SelectMany(d => d).OrderBy(d => d.Destination, StringComparer.Ordinal)];
        });
    }
}
