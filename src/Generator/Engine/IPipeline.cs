namespace SendSite.Engine;

/// <summary>
/// One family of output files, as Statiq has it. A pipeline names the pipelines whose documents it needs;
/// the runner orders them as a graph and runs independent ones at the same time. Process makes this
/// pipeline's documents; PostProcess sees every document of the site (for site-wide work) and returns
/// this pipeline's final documents.
/// </summary>
public interface IPipeline
{
    string Name { get; }

    IReadOnlyList<string> Dependencies { get; }

    IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies);

    IReadOnlyList<Document> PostProcess(BuildContext context, IReadOnlyList<Document> own, PipelineOutputs all) => own;
}
