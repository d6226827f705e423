using System.Collections.Concurrent;
using SendSite.Diagnostics;
using SendSite.Input.Loading;
using SendSite.Rendering.Markdown.Images;

namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// The pages a site's bodies link to. A link to a Markdown file is found as GitHub's preview finds it
/// (<see cref="InputTargetPath"/>: from the linking file's folder, or the input folder's top for /...), must name a
/// file there exactly, capitals included (<see cref="ExactNamePath"/>), whose real place is inside the input folder
/// (<see cref="InputPaths.StaysInside"/>, the rule for every file the build reads; a report, plan or page the site read
/// is known to be both), and which publishes a page at the moment the site is built for (<see cref="IPublishedPages"/>,
/// asked afresh each time: serve swaps it after a save).
/// A link to any other file of the input folder (a PDF) is refused too: the site publishes no such file, so the link
/// would lead nowhere. Nothing is cached, so a file added or deleted since is seen; <see cref="LinkingTo"/> tells
/// `serve` which bodies linked to a saved file.
/// </summary>
internal sealed class InputPages(InputPaths input, Func<IPublishedPages> published) : IBodyPages
{
    private const string ClimbFix =
        "Link only to reports, plans and pages of this site, with a path that stays inside the input folder: from a plan, "
        + "[our last report](../../reports/<area>/<date>-full-inspection.md).";

    // Which Markdown files linked to each path, by path in any letter case: adding report.md mends a link to Report.md
    // as well (its message named the file).
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> askedBy = new(StringComparer.OrdinalIgnoreCase);

    public PageLinkLookup Find(string target, string sourceFile)
    {
        var markdown = MarkdownFileTarget.Names(target);
        var (path, fault) = InputTargetPath.Resolve(target, sourceFile);
        if (path is null)
        {
            return markdown ? Unresolved(fault!.Value) : PageLinkLookup.NoFile;
        }
        if (!markdown)
        {
            return OtherFile(path);
        }
        askedBy.GetOrAdd(path, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))[sourceFile] = true;
        var pages = published();
        // A report, plan or page was read from exactly that path, inside the input folder (the loader's LinkGuard), so
        // only other paths are looked for on disk: a body's links cost no folder listing (reports/ has an entry per area).
        if (!pages.IsContent(path))
        {
            var (found, sameButForCase) = ExactNamePath.Find(input.Root, path.Split('/'));
            if (found is null)
            {
                return Missing(path, sameButForCase);
            }
            if (!input.StaysInside(found))
            {
                return PageLinkLookup.Refused(DiagnosticCodes.LinkedFileOutsideInput,
                    $"{path} is a link to a file outside the input folder, and only files inside it are published", ClimbFix);
            }
        }
        return Published(pages, path, sourceFile, MarkdownFileTarget.Fragment(target));
    }

    /// <summary>
    /// The Markdown files that linked to any of these paths (saved, added or deleted since), in any letter case: what
    /// they link to may have come, gone or changed its publication, so `serve` checks them again.
    /// </summary>
    public IReadOnlySet<string> LinkingTo(IEnumerable<string> changedFiles)
    {
        var askers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var changed in changedFiles)
        {
            if (askedBy.TryGetValue(changed, out var files))
            {
                askers.UnionWith(files.Keys);
            }
        }
        return askers;
    }

    private static PageLinkLookup Published(IPublishedPages pages, string path, string sourceFile, string fragment)
    {
        if (pages.PageOf(path) is { } page)
        {
            return PageLinkLookup.Found(new BodyPageLink(path, page.TrimStart('/') + fragment));
        }
        // Only a published page can give either file away; until the linking one is, it is not wrong to link.
        if (pages.PageOf(sourceFile) is null)
        {
            return PageLinkLookup.NotYet;
        }
        // Never more than the path the author wrote: not the title, address or date of what is not yet public.
        return pages.IsContent(path)
            ? PageLinkLookup.Refused(DiagnosticCodes.LinkedFileNotPublished,
                $"{path} is not published on the site at the time of this build, so there is no page to link to",
                "Take the link out until that file is published (a draft is published once its status is approved, a "
                + "report under embargo once its publication time has passed), then add it in a later change.")
            : PageLinkLookup.Refused(DiagnosticCodes.LinkedFileNotPublished,
                $"{path} is not a report, plan or page of the site, so it publishes no page to link to",
                "Link to a report, plan or page of this site (a file in reports/, plans/, pages/ or thematic/), or to "
                + "the document's address on the web (https://...).");
    }

    private static PageLinkLookup Missing(string path, string? sameButForCase) => sameButForCase is null
        ? PageLinkLookup.Refused(DiagnosticCodes.LinkedFileMissing,
            $"there is no file {path} in the input folder (the path is read from the Markdown file's own folder)",
            "Correct the file's name or folder in the link: the path starts from the folder the Markdown file is in, so a "
            + "plan links to its area's report with ../../reports/<area>/<file>.md. If GitHub's preview of the file opens "
            + "the link, the site will too.")
        : PageLinkLookup.Refused(DiagnosticCodes.LinkedFileMissing,
            $"there is no file {path}, but there is {sameButForCase}: only capital and small letters differ",
            $"Write the name exactly as the file is named, capitals included ({sameButForCase}): web addresses tell capitals from small letters.");

    private static PageLinkLookup Unresolved(TargetPathFault fault) => fault switch
    {
        TargetPathFault.ClimbsOut => PageLinkLookup.Refused(DiagnosticCodes.LinkedFileOutsideInput,
            "its ../ climbs out of the input folder, and only files inside it are published", ClimbFix),
        TargetPathFault.BadCharacter => PageLinkLookup.Refused(DiagnosticCodes.LinkedFileMissing,
            "its path has a character no file name here can have (an encoded / or \\, or a control character)",
            "Write the path with plain / between folders and the file's name as it is."),
        _ => PageLinkLookup.Refused(DiagnosticCodes.LinkedFileOutsideInput, "it names the input folder itself, not a file in it", ClimbFix),
    };

    // A file of the input folder that is not Markdown publishes nothing: only image files a body shows are copied to
    // the site. Written as it was, the link would lead nowhere on the published site (GitHub's preview would open it).
    private PageLinkLookup OtherFile(string path)
    {
        var (found, _) = ExactNamePath.Find(input.Root, path.Split('/'));
        if (found is null || Directory.Exists(found))
        {
            return PageLinkLookup.NoFile;
        }
        return PageLinkLookup.Refused(DiagnosticCodes.LinkedFileNotPublished,
            $"{path} is a file of the input folder, and the site publishes only its reports, plans and pages (and the pictures they show), so the link would lead nowhere",
            "Link to the document's address on the web (https://...), for example on the council's website, or write what it says into the text. "
            + "To show a picture, write ![What it shows](file.png) instead.");
    }
}
