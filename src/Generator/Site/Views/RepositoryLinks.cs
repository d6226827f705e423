using SendSite.Domain.Content;
using SendSite.Rules.IssueForm;

namespace SendSite.Site.Views;

/// <summary>Builds <see cref="RepositoryLinksView"/> from site.yml's repository_url.</summary>
public static class RepositoryLinks
{
    public static RepositoryLinksView Of(SiteSettings settings)
    {
        if (settings.RepositoryUrl is not { } repository)
        {
            return new RepositoryLinksView(null, null, settings.ContactEmail);
        }
        var project = repository.AbsoluteUri.TrimEnd('/');
        // GitHub opens a form directly when the address names its file under .github/ISSUE_TEMPLATE/.
        var form = $"{project}/issues/new?template={Path.GetFileName(PlanFormYaml.RelativePath)}";
        return new RepositoryLinksView(project, form, settings.ContactEmail);
    }
}
