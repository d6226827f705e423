using SendSite.Engine;
using SendSite.Gate;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The 404 page. Hosts serve it at whatever address was asked for, so its links are written from the site's
/// root path rather than relative to its own place. That path is also recorded in a small file beside it, so
/// <c>check</c> on the built folder checks those links as this build wrote them.
/// </summary>
public sealed class NotFound : IPipeline<BuildContext>
{
    public const string TemplateName = "not-found";

    public string Name => nameof(NotFound);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var page = PageWriter.Frame(context, "Page not found", TemplateName, SiteUrls.NotFound, "", null);
        return
        [
            PageWriter.Write(context, TemplateName, page, new object()),
            Document.FromText(SiteBasePath.RecordFile, SiteBasePath.RecordText(context.Site.Settings.BaseUrl.AbsolutePath)),
        ];
    }
}
