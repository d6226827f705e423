using SendSite.Engine;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>Content pages from input/pages/, at /&lt;slug&gt;/.</summary>
public sealed class ContentPages : IPipeline<BuildContext>
{
    public string Name => nameof(ContentPages);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies) =>
        [.. context.Site.Pages.Select(source => PageWriter.Deferred(SiteUrls.Page(source.Slug), () =>
        {
            var body = context.RenderMarkdown(source.Body, SiteUrls.Page(source.Slug));
            var view = new ContentPageView(source.Title, source.Description, [.. body.Headings.Select(h => new ContentsItemView(h.Text, h.Id, h.Level))], SectionLinks.Add(body.Html))
            {
                RepositoryLinks = source.ShowsRepositoryLinks ? Views.RepositoryLinks.Of(context.Site.Settings) : null,
            };
            var section = source.Slug == "about" ? "about" : "";
            var page = PageWriter.Frame(context, source.Title, "page", SiteUrls.Page(source.Slug), section, source.Description, new LinkView("Home", SiteUrls.Home));
            return PageWriter.Html(context, "page", page, view);
        }))];
}
