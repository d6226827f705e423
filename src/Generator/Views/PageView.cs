namespace SendSite.Views;

/// <summary>
/// The frame around a page's own content: title, where it is (breadcrumbs, current section), and the
/// canonical address. <see cref="Template"/> goes on body[data-template] so the gate can sample each template.
/// </summary>
public sealed record PageView(
    string Title,
    string Template,
    string Url,
    string CanonicalUrl,
    string? Description,
    string Section,
    IReadOnlyList<LinkView> Breadcrumbs);
