using Markdig.Syntax.Inlines;
using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// A link with a path on this site (no scheme) that names a file of the input folder: a Markdown file becomes the
/// page that file publishes, attached to the node (<see cref="CheckedTarget{T}"/>) for the HTML writer; any other file,
/// or a Markdown file that is missing, outside the input folder or unpublished, is an error where the link is, and
/// only its words are kept. A path that names no file is left to <see cref="LinkTargetPolicy"/>, as before.
/// </summary>
internal static class PageLinkCheck
{
    /// <summary>Checks a link to a Markdown file. False when the target names none, and the usual link rules apply.</summary>
    public static bool CheckMarkdownLink(LinkInline link, MarkdownSource source, IBodyPages pages, List<Diagnostic> diagnostics)
    {
        var target = link.Url ?? string.Empty;
        if (!MarkdownFileTarget.Names(target))
        {
            return false;
        }
        if (LinkTargetPolicy.FindCharacterProblem(target) is { } unsafeText)
        {
            Refuse(link, source, new TargetFileProblem(DiagnosticCodes.UnsafeLink, unsafeText, LinkTargetCheck.LinkFix), diagnostics);
            return true;
        }
        Apply(link, source, pages.Find(target, source.File), diagnostics);
        return true;
    }

    /// <summary>After the usual rules let a link with a path on this site through: refuses it when it names a file that publishes nothing.</summary>
    public static void CheckOtherFile(LinkInline link, MarkdownSource source, IBodyPages pages, List<Diagnostic> diagnostics) =>
        Apply(link, source, pages.Find(link.Url ?? string.Empty, source.File), diagnostics);

    private static void Apply(LinkInline link, MarkdownSource source, PageLinkLookup found, List<Diagnostic> diagnostics)
    {
        if (found.Problem is { } problem)
        {
            Refuse(link, source, problem, diagnostics);
        }
        else if (found.Page is { } page)
        {
            CheckedTarget<BodyPageLink>.Set(link, page);
        }
        else if (found.WordsOnly)
        {
            InlineUnlinker.KeepTextOnly(link);
        }
    }

    private static void Refuse(LinkInline link, MarkdownSource source, TargetFileProblem problem, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(source.At(link), problem.Code,
            $"The link to '{LinkTargetCheck.Shorten(link.Url ?? string.Empty)}' was removed: {problem.Message}.", problem.Fix));
        InlineUnlinker.KeepTextOnly(link);
    }
}
