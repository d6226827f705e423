using SendSite.Rendering.Markdown.Pages;

namespace SendSite.Tests.Support;

/// <summary>
/// A site's published pages given by a test (file in the input folder to page address), for rendering bodies without
/// modelling a site; <paramref name="unpublished"/> are content files that publish no page (drafts, embargoed reports).
/// </summary>
public sealed class FixedPublishedPages(IReadOnlyDictionary<string, string> pages, IReadOnlyCollection<string> unpublished) : IPublishedPages
{
    public string? PageOf(string file) => pages.GetValueOrDefault(file);

    public bool IsContent(string file) => pages.ContainsKey(file) || unpublished.Contains(file);
}
