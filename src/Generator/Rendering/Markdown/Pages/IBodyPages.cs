namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// Where a body's links with a path on the site (no scheme: `2024-07-16-priority-action-plan.md#priority-action-1`,
/// `../../reports/x/2024-02-05-full-inspection.md`, `/pages/help.md`) lead: to the pages the files they name publish
/// (<see cref="InputPages"/>), or nowhere, for text that is not a file of the input folder (<see cref="NoPages"/>).
/// Thread-safe.
/// </summary>
internal interface IBodyPages
{
    /// <param name="target">The link's target as Markdig read it.</param>
    /// <param name="sourceFile">The Markdown file's path in the input folder (forward slashes), or the name of the text.</param>
    PageLinkLookup Find(string target, string sourceFile);
}
