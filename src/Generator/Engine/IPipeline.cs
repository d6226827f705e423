namespace SendSite.Engine;

/// <summary>
/// One family of output files, as Statiq has it. A pipeline names the pipelines whose documents it needs;
/// the runner orders them as a graph and runs independent ones at the same time. Process says which documents
/// this pipeline makes: small ones with their text, large families (a page per report, plan or area) deferred
/// (<see cref="Document.Deferred"/>), so their text is made only when the writer writes them. A pipeline that
/// depends on another sees its documents' destinations at once, without making their text.
/// </summary>
public interface IPipeline<in TContext>
{
    string Name { get; }

    IReadOnlyList<string> Dependencies { get; }

    /// <summary>What the documents depend on; most pipelines read the whole site.</summary>
    PipelineScope Scope => PipelineScope.SiteWide;

    IReadOnlyList<Document> Process(TContext context, PipelineOutputs dependencies);
}
