namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// A body's link to a Markdown file of the input folder, checked: the page that file publishes. The body's HTML is
/// written once for every page that shows it, so <see cref="Address"/> starts from the site's root, and each page puts
/// the way from itself to the root before it (<see cref="RenderedMarkdown.ForPage"/>), as for image files.
/// </summary>
/// <param name="File">The linked file's path in the input folder, forward slashes, as on disk.</param>
/// <param name="Address">The page's address without its leading /, then the fragment the author wrote, if any: areas/x/plans/y/#priority-action-1.</param>
public sealed record BodyPageLink(string File, string Address);
