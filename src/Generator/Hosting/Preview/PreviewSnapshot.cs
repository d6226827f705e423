using SendSite.Engine;

namespace SendSite.Hosting.Preview;

/// <summary>
/// The site `serve` shows, in memory, by pipeline. A pipeline's documents may still be on their way (the site-wide
/// pages are redone in the background after a save): a request for one of them waits for that pipeline alone, so
/// the changed plan's page is served as soon as it is rendered and no page is ever served stale.
/// </summary>
public sealed class PreviewSnapshot
{
    private readonly IReadOnlyDictionary<string, Task<IReadOnlyDictionary<string, Document>>> byPipeline;
    private readonly IReadOnlyDictionary<string, string> owners;
    private readonly TaskCompletionSource? released;

    /// <param name="released">What the pipelines still to run wait for (null: nothing waits).</param>
    public PreviewSnapshot(
        IReadOnlyDictionary<string, Task<IReadOnlyDictionary<string, Document>>> byPipeline, IReadOnlyDictionary<string, string> owners, TaskCompletionSource? released)
    {
        this.byPipeline = byPipeline;
        this.owners = owners;
        this.released = released;
        Completion = Task.WhenAll(byPipeline.Values);
    }

    /// <summary>Lets the pipelines still to run start (the session calls it once the snapshot is served; calling it again does nothing).</summary>
    public void Release() => released?.TrySetResult();

    /// <summary>Done when every pipeline's documents are.</summary>
    public Task Completion { get; }

    /// <summary>The documents of one pipeline once they are ready.</summary>
    public Task<IReadOnlyDictionary<string, Document>> Of(string pipelineName) => byPipeline[pipelineName];

    public IEnumerable<string> PipelineNames => byPipeline.Keys;

    /// <summary>The document written at <paramref name="destination"/> (as in <see cref="Document.Destination"/>), or null.</summary>
    public async Task<Document?> FindAsync(string destination)
    {
        Release(); // never wait for work that has not been let start
        // The pipeline that made this file last time is almost always the one that makes it now.
        if (owners.TryGetValue(destination, out var owner) && byPipeline.TryGetValue(owner, out var likely)
            && (await likely).TryGetValue(destination, out var found))
        {
            return found;
        }
        foreach (var pipeline in byPipeline.Values)
        {
            if ((await pipeline).TryGetValue(destination, out var document))
            {
                return document;
            }
        }
        return null;
    }

    /// <summary>Every document, by pipeline, once all are ready (the start of the next update).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Document>>> AllAsync()
    {
        Release();
        await Completion;
        return byPipeline.ToDictionary(p => p.Key, p => p.Value.Result, StringComparer.Ordinal);
    }
}
