using System.Text.Json.Nodes;
using SendSite.Engine;
using SendSite.Site.Metadata;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// Renders one page: its own template with the page's model, then the layout around it, into the file its
/// URL names. Every HTML page of the site goes through here, so every page has the same frame, the same
/// metadata (document title, Open Graph) and a schema.org BreadcrumbList whenever it shows breadcrumbs.
/// </summary>
public static class PageWriter
{
    public const string Layout = "layout";
    public const string TitleSeparator = " – ";

    /// <param name="things">The page's own schema.org objects (a Report, a Dataset, ...), besides its breadcrumbs.</param>
    public static Document Write(BuildContext context, string templateName, PageView page, object model, params IReadOnlyList<JsonObject> things) =>
        Document.FromText(Rendering.Urls.SiteUrls.FileFor(page.Url), Html(context, templateName, page, model, things));

    /// <summary>
    /// A page made only when it is written (<see cref="Document.Deferred"/>): <paramref name="html"/> builds the
    /// page's views and calls <see cref="Html"/> for the page at <paramref name="url"/>. Used for every family
    /// of pages that grows with the site, so their views, bodies and HTML never pile up in memory.
    /// </summary>
    public static Document Deferred(string url, Func<string> html) =>
        Document.Deferred(Rendering.Urls.SiteUrls.FileFor(url), html);

    /// <summary>The page's HTML: its own template with the page's model, then the layout around it.</summary>
    public static string Html(BuildContext context, string templateName, PageView page, object model, params IReadOnlyList<JsonObject> things)
    {
        var site = context.SiteView;
        var variables = new Dictionary<string, object?> { ["site"] = site, ["page"] = page, ["model"] = model };
        // The 404 page is served at whatever address was asked for, so all its links, the template's as well as
        // the layout's, start from the site's root path: a relative link would resolve against the missing address.
        var rootPath = page.Template == NotFound.TemplateName ? context.Site.Settings.BaseUrl.AbsolutePath : null;
        var content = context.Templates.Render(templateName, variables, page.Url, rootPath);
        var layout = new LayoutView(site, page, Head(context, page, things), content);
        return context.Templates.Render(
            Layout,
            new Dictionary<string, object?> { ["site"] = layout.Site, ["page"] = layout.Page, ["head"] = layout.Head, ["content"] = layout.Content },
            page.Url,
            rootPath);
    }

    public static PageView Frame(BuildContext context, string title, string template, string url, string section, string? description, params LinkView[] breadcrumbs) =>
        new(title, template, url, context.CanonicalUrl(url), description, section, breadcrumbs);

    private static HeadView Head(BuildContext context, PageView page, IReadOnlyList<JsonObject> things)
    {
        var settings = context.Site.Settings;
        var shareTitle = page.AreaName is null
            ? page.HeadTitle ?? page.Title
            : (page.HeadTitle ?? page.Title) + TitleSeparator + page.AreaName;
        var objects = new List<JsonObject>(things);
        if (page.Breadcrumbs.Count > 0)
        {
            objects.Add(BreadcrumbSchema.Of(
                [.. page.Breadcrumbs.Select(b => (b.Text, context.CanonicalUrl(b.Href))), (page.Title, page.CanonicalUrl)]));
        }
        return new HeadView(
            shareTitle + TitleSeparator + settings.Title,
            shareTitle,
            page.Description,
            page.CanonicalUrl,
            page.OpenGraphType,
            settings.Title,
            settings.Language.Replace('-', '_'),
            [.. objects.Select(JsonLd.Write)]);
    }
}
