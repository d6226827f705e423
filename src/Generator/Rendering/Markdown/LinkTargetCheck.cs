using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Removes every link and image whose target <see cref="LinkTargetPolicy"/> refuses, keeping the words, and
/// reports it where the author wrote it; also reports images without alt text, which screen reader users
/// cannot know the content of.
/// </summary>
internal static class LinkTargetCheck
{
    private const int LongestTargetShown = 60;

    private const string LinkFix =
        "Link only to web pages (https://...), email addresses (mailto:...) or other files of this site with a "
        + "relative link that stays inside the site (like ../plans/2024-05-01-strategic-plan.md).";

    private const string ImageFix =
        "Use an image file of this site with a relative address, or ask the publisher to add the image's host to "
        + "image_hosts in site.yml (https only). Every reader's browser fetches an image from its host.";

    public static void Apply(MarkdownNodes nodes, MarkdownSource source, ImageSourcePolicy images, List<Diagnostic> diagnostics)
    {
        foreach (var link in nodes.Links)
        {
            CheckLink(link, source, images, diagnostics);
        }

        foreach (var autolink in nodes.Autolinks)
        {
            CheckAutolink(autolink, source, diagnostics);
        }
    }

    private static void CheckLink(LinkInline link, MarkdownSource source, ImageSourcePolicy images, List<Diagnostic> diagnostics)
    {
        var target = link.Url ?? string.Empty;
        var linkProblem = LinkTargetPolicy.FindProblem(target, source.FolderDepth);
        var imageProblem = linkProblem is null && link.IsImage ? images.FindProblem(target) : null;
        var problem = linkProblem ?? imageProblem;
        if (problem is null)
        {
            if (link.IsImage && InlineText.Of(link).Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(
                    source.At(link),
                    DiagnosticCodes.ImageWithoutAlt,
                    $"The image '{Shorten(target)}' has no alt text, so screen reader users cannot know what it shows.",
                    "Describe the image between the square brackets: ![What the image shows](image.png)."));
            }

            return;
        }

        // A bare address in the text (not written as a link) that the bare-URL extension would link with a
        // scheme we refuse, such as ftp:// or tel:, simply stays the text the author wrote (the extension's
        // link text leaves out some schemes, its target does not).
        if (link.IsAutoLink)
        {
            link.ReplaceBy(new LiteralInline(target), copyChildren: false);
            return;
        }

        var kind = link.IsImage ? "image" : "link";
        diagnostics.Add(Diagnostic.Error(
            source.At(link),
            DiagnosticCodes.UnsafeLink,
            $"The {kind} to '{Shorten(target)}' was removed: {problem}.",
            imageProblem is null ? LinkFix : ImageFix));
        InlineUnlinker.KeepTextOnly(link);
    }

    private static void CheckAutolink(AutolinkInline autolink, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        if (autolink.IsEmail)
        {
            return;
        }

        var problem = LinkTargetPolicy.FindProblem(autolink.Url, source.FolderDepth);
        if (problem is null)
        {
            return;
        }

        diagnostics.Add(Diagnostic.Error(
            source.At(autolink),
            DiagnosticCodes.UnsafeLink,
            $"The link to '{Shorten(autolink.Url)}' was removed: {problem}.",
            LinkFix));
        InlineUnlinker.KeepTextOnly(autolink);
    }

    private static string Shorten(string target) =>
        target.Length <= LongestTargetShown ? target : string.Concat(target.AsSpan(0, LongestTargetShown), "...");
}
