namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// Which Markdown files of the input folder publish a page, and at which address, for the moment the site is built
/// for. Publication is decided by the site's model alone (Domain/Model/Publication); this only answers from it
/// (Site/Addresses/PublishedPages), so a body never links to a draft or to a report still under embargo.
/// </summary>
public interface IPublishedPages
{
    /// <summary>The address of the page <paramref name="file"/> publishes, from the site's root (/areas/x/plans/y/), or null when it publishes none.</summary>
    /// <param name="file">A path in the input folder, forward slashes.</param>
    string? PageOf(string file);

    /// <summary>Whether <paramref name="file"/> is a report, plan, page or thematic report of the site, published or not.</summary>
    bool IsContent(string file);
}
