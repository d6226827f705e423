namespace SendSite.Site.Views;

/// <summary>
/// The links a local area's officer needs on GitHub: this site's project and its "Submit a plan" form. Both are
/// null when site.yml has no repository_url, and the page then says the address is not set and whom to ask.
/// </summary>
public sealed record RepositoryLinksView(string? ProjectHref, string? PlanFormHref, string ContactEmail)
{
    public bool IsSet => ProjectHref is not null;
}
