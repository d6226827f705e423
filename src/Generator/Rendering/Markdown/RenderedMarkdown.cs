using System.Text;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.Images;
using SendSite.Rendering.Urls;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// The result of rendering one Markdown body: safe HTML ready to drop into a layout, the level 2 and 3 headings
/// for the contents list, and every problem found (an error means the page must not be published).
/// </summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<HeadingInfo> Headings, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The image files of the input folder the HTML shows, each once: a build publishes these with the page.</summary>
    public IReadOnlyList<BodyImage> Images { get; init; } = [];

    /// <summary>
    /// Where in <see cref="Html"/> each address written from the site's root starts: image files (files/...) and the
    /// pages of linked Markdown files (areas/...). <see cref="ForPage"/> makes them relative to the page that shows the body.
    /// </summary>
    public IReadOnlyList<int> RootAddressOffsets { get; init; } = [];

    /// <summary>
    /// The body as the page at <paramref name="pageUrl"/> (a site path such as /areas/x/plans/y/) shows it: each
    /// image file's and linked page's address starts with the way from that page to the site's root, so the site works
    /// under any base path, as every other link of the site does.
    /// </summary>
    public RenderedMarkdown ForPage(string pageUrl)
    {
        if (RootAddressOffsets.Count == 0)
        {
            return this;
        }
        var toRoot = RelativeUrl.From(pageUrl, "/");
        var html = new StringBuilder(Html.Length + (RootAddressOffsets.Count * toRoot.Length));
        var copied = 0;
        foreach (var offset in RootAddressOffsets)
        {
            html.Append(Html, copied, offset - copied).Append(toRoot);
            copied = offset;
        }
        html.Append(Html, copied, Html.Length - copied);
        return this with { Html = html.ToString(), RootAddressOffsets = [] };
    }
}
