namespace SendSite.Site.Views;

/// <summary>
/// What layout.liquid writes in &lt;head&gt; besides links: the document title ("Page – Area – Site"), the
/// Open Graph properties and the page's schema.org objects, already serialised as script-safe JSON-LD.
/// </summary>
public sealed record HeadView(
    string Title,
    string ShareTitle,
    string? Description,
    string Url,
    string OpenGraphType,
    string SiteName,
    string Locale,
    IReadOnlyList<string> StructuredData);
