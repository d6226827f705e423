namespace SendSite.Hosting.Preview;

/// <summary>What a changed path under input/ means to `serve`.</summary>
public enum ChangeKind
{
    /// <summary>Nothing the site reads: an editor's hidden file, or a path that was never read and is not there now.</summary>
    Ignored,

    /// <summary>A file of reports/ or plans/ (new, changed or gone): taken in alone.</summary>
    ReportOrPlan,

    /// <summary>
    /// An image file, anywhere under input/ (new, changed or gone): the bodies that show it or looked for it are
    /// checked again; when none did, nothing changes.
    /// </summary>
    Image,

    /// <summary>Anything else (site.yml, areas.yml, pages, thematic reports, layouts, a folder): everything is loaded again.</summary>
    Other,
}
