using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// For Markdown that is not a file of an input folder (an answer in the plan issue form): there is no folder to find a
/// linked Markdown file from, so such a link is refused, never published as a broken address. Other targets are left as
/// written, as before.
/// </summary>
internal sealed class NoPages : IBodyPages
{
    public static NoPages Instance { get; } = new();

    private NoPages()
    {
    }

    public PageLinkLookup Find(string target, string sourceFile) =>
        MarkdownFileTarget.Names(target)
            ? PageLinkLookup.Refused(DiagnosticCodes.LinkedFileUnavailable,
                "this text is not a file of the site's input folder, so there is no Markdown file beside it to link to",
                "Link to the page's address on this site (https://...), or add the link once the text is a file of the input folder.")
            : PageLinkLookup.NoFile;
}
