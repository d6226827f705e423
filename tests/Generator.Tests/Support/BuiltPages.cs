using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SendSite.Tests.Support;

/// <summary>
/// The HTML pages of a built site, parsed: every index.html and 404.html except the redirect pages of
/// renamed areas (they only point elsewhere and are not pages people read).
/// </summary>
public static class BuiltPages
{
    private static readonly HtmlParser Parser = new();

    public static IReadOnlyList<(string Path, IDocument Document)> Of(string output) =>
    [
        .. Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(output, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(p => !p.Text.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => (p.Path, (IDocument)Parser.ParseDocument(p.Text))),
    ];

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The content of a meta property (Open Graph) or null.</summary>
    public static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
