using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SendSite.Diagnostics;
using SendSite.Rendering.Markdown.Images;
using SendSite.Rendering.Markdown.Pages;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Removes every link and image whose target <see cref="LinkTargetPolicy"/> refuses, keeping the words, and
/// reports it where the author wrote it; also reports images without alt text, which screen reader users
/// cannot know the content of. An image with a path on this site is a file of the input folder: it is shown only
/// when <see cref="IBodyImageFiles"/> finds and checks the file, which is then attached to the image's node
/// (<see cref="CheckedTarget{T}"/>) for the HTML writer to publish. A link with a path on this site that names a file of
/// the input folder is the page that file publishes, or an error (<see cref="PageLinkCheck"/>).
/// </summary>
internal static class LinkTargetCheck
{
    private const int LongestTargetShown = 60;

    public const string LinkFix =
        "Link only to web pages (https://...), email addresses (mailto:...) or other files of this site with a "
        + "relative link that stays inside the site (from a report, like ../../plans/<area>/2024-05-01-strategic-plan.md).";

    private const string ImageFix =
        "Put the image file in the input folder beside the Markdown file and write its name (![What it shows](chart.png)), "
        + "or ask the publisher to add the image's host to image_hosts in site.yml (https only). Every reader's browser "
        + "fetches an image from its host.";

    public static void Apply(MarkdownNodes nodes, MarkdownSource source, ImageSourcePolicy images, IBodyImageFiles files, IBodyPages pages, List<Diagnostic> diagnostics)
    {
        foreach (var link in nodes.Links)
        {
            if (link.IsAutoLink || !LinkTargetPolicy.IsPathOnSite(link.Url ?? string.Empty))
            {
                CheckLink(link, source, images, diagnostics);
            }
            else if (link.IsImage)
            {
                CheckImageFile(link, source, files, diagnostics);
            }
            else
            {
                CheckLinkOnSite(link, source, images, pages, diagnostics);
            }
        }

        foreach (var autolink in nodes.Autolinks)
        {
            CheckAutolink(autolink, source, diagnostics);
        }
    }

    // A link to a Markdown file goes to the page the file publishes. Any other link with a path on this site meets the
    // usual rules, and then may not name another file of the input folder either: the site publishes none.
    private static void CheckLinkOnSite(LinkInline link, MarkdownSource source, ImageSourcePolicy images, IBodyPages pages, List<Diagnostic> diagnostics)
    {
        if (PageLinkCheck.CheckMarkdownLink(link, source, pages, diagnostics))
        {
            return;
        }
        if (CheckLink(link, source, images, diagnostics))
        {
            PageLinkCheck.CheckOtherFile(link, source, pages, diagnostics);
        }
    }

    /// <returns>True when the link or image is kept.</returns>
    private static bool CheckLink(LinkInline link, MarkdownSource source, ImageSourcePolicy images, List<Diagnostic> diagnostics)
    {
        var target = link.Url ?? string.Empty;
        var linkProblem = LinkTargetPolicy.FindProblem(target, source.FolderDepth);
        var imageProblem = linkProblem is null && link.IsImage ? images.FindProblem(target) : null;
        var problem = linkProblem ?? imageProblem;
        if (problem is null)
        {
            if (link.IsImage)
            {
                CheckAltText(link, target, source, diagnostics);
            }

            return true;
        }

        // A bare address in the text (not written as a link) that the bare-URL extension would link with a
        // scheme we refuse, such as ftp:// or tel:, simply stays the text the author wrote (the extension's
        // link text leaves out some schemes, its target does not).
        if (link.IsAutoLink)
        {
            link.ReplaceBy(new LiteralInline(target), copyChildren: false);
            return false;
        }

        var kind = link.IsImage ? "image" : "link";
        diagnostics.Add(Diagnostic.Error(
            source.At(link),
            DiagnosticCodes.UnsafeLink,
            $"The {kind} to '{Shorten(target)}' was removed: {problem}.",
            imageProblem is null ? LinkFix : ImageFix));
        InlineUnlinker.KeepTextOnly(link);
        return false;
    }

    // The file is found from the Markdown file's folder, as GitHub shows it in a pull request; a refused one is left
    // out (its alt text kept as words) and reported with the image file's own code and fix.
    private static void CheckImageFile(LinkInline image, MarkdownSource source, IBodyImageFiles files, List<Diagnostic> diagnostics)
    {
        var target = image.Url ?? string.Empty;
        if (LinkTargetPolicy.FindCharacterProblem(target) is { } unsafeText)
        {
            diagnostics.Add(Diagnostic.Error(source.At(image), DiagnosticCodes.UnsafeLink,
                $"The image to '{Shorten(target)}' was removed: {unsafeText}.", ImageFix));
            InlineUnlinker.KeepTextOnly(image);
            return;
        }

        var found = files.Find(target, source.File);
        if (found.Problem is { } problem)
        {
            diagnostics.Add(Diagnostic.Error(source.At(image), problem.Code,
                $"The image '{Shorten(target)}' cannot be shown: {problem.Message}.", problem.Fix));
            InlineUnlinker.KeepTextOnly(image);
            return;
        }

        CheckedTarget<BodyImage>.Set(image, found.Image!);
        CheckAltText(image, target, source, diagnostics);
    }

    private static void CheckAltText(LinkInline image, string target, MarkdownSource source, List<Diagnostic> diagnostics)
    {
        if (InlineText.Of(image).Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(
                source.At(image),
                DiagnosticCodes.ImageWithoutAlt,
                $"The image '{Shorten(target)}' has no alt text, so screen reader users cannot know what it shows.",
                "Describe the image between the square brackets: ![What the image shows](image.png)."));
        }
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

    public static string Shorten(string target) =>
        target.Length <= LongestTargetShown ? target : string.Concat(target.AsSpan(0, LongestTargetShown), "...");
}
