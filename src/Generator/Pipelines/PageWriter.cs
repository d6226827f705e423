using SendSite.Engine;
using SendSite.Views;

namespace SendSite.Pipelines;

/// <summary>
/// Renders one page: its own template with the page's model, then the layout around it, into the file its
/// URL names. Every HTML page of the site goes through here, so every page has the same frame.
/// </summary>
public static class PageWriter
{
    public const string Layout = "layout";

    public static Document Write(BuildContext context, string templateName, PageView page, object model)
    {
        var site = context.SiteView;
        var variables = new Dictionary<string, object?> { ["site"] = site, ["page"] = page, ["model"] = model };
        var content = context.Templates.Render(templateName, variables, page.Url);
        var layout = new LayoutView(site, page, content);
        var html = context.Templates.Render(
            Layout,
            new Dictionary<string, object?> { ["site"] = layout.Site, ["page"] = layout.Page, ["content"] = layout.Content },
            page.Url,
            page.Template == NotFound.TemplateName ? context.Site.Settings.BaseUrl.AbsolutePath : null);
        return Document.FromText(Rendering.Urls.SiteUrls.FileFor(page.Url), html);
    }

    public static PageView Frame(BuildContext context, string title, string template, string url, string section, string? description, params LinkView[] breadcrumbs) =>
        new(title, template, url, CanonicalUrl(context, url), description, section, breadcrumbs);

    public static string CanonicalUrl(BuildContext context, string url) =>
        new Uri(context.Site.Settings.BaseUrl, url.TrimStart('/')).AbsoluteUri;
}
