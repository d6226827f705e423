namespace SendSite.Engine;

/// <summary>The documents made by pipelines, by pipeline name; read-only to the pipelines that depend on them.</summary>
public sealed class PipelineOutputs(IReadOnlyDictionary<string, IReadOnlyList<Document>> byPipeline)
{
    public IReadOnlyList<Document> Of(string pipelineName) =>
        byPipeline.TryGetValue(pipelineName, out var documents)
            ? documents
            : throw new InvalidOperationException($"Pipeline '{pipelineName}' was not declared as a dependency.");

    public IEnumerable<Document> All => byPipeline.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);
}
