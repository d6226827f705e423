using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>
/// The 404 page. Hosts serve it at whatever address was asked for, so its links are written from the site's
/// root path rather than relative to its own place.
/// </summary>
public sealed class NotFound : IPipeline
{
    public const string TemplateName = "not-found";

    public string Name => nameof(NotFound);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var page = PageWriter.Frame(context, "Page not found", TemplateName, SiteUrls.NotFound, "", null);
        return [PageWriter.Write(context, TemplateName, page, new object())];
    }
}
