using SendSite.Engine;
using SendSite.Site.Finder;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The area finder's name index at /areas/finder.json, fetched by the finder on the home and areas pages.
/// Only published areas are in the model, so nothing else can reach it.
/// </summary>
public sealed class AreaFinderData : IPipeline<BuildContext>
{
    public const string Url = "/areas/finder.json";

    public string Name => nameof(AreaFinderData);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [Document.Deferred(Url.TrimStart('/'), () => FinderIndexJson.Write(FinderIndex.Build(context.Site)))];
}
