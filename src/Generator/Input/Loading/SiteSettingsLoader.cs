using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>Reads input/site.yml.</summary>
public static class SiteSettingsLoader
{
    public const string DefaultTheme = "default";
    public const string DefaultLanguage = "en-GB";

    public static SiteSettings? Load(SourceFileReader reader)
    {
        var file = reader.ReadYaml(InputPaths.SiteFile, "site");
        if (file is null)
        {
            return null;
        }
        var f = file.Fields;
        var baseUrl = f.RequiredText("base_url");
        return new SiteSettings(
            f.RequiredText("title"),
            new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"),
            f.RequiredText("publisher"),
            f.RequiredText("contact_email"),
            f.Text("language") ?? DefaultLanguage,
            f.Text("theme") ?? DefaultTheme,
            f.Flag("sample_data"),
            f.Text("sample_notice"),
            f.TextList("publisher_owners"))
        {
            // The schema has checked the form; GitHub's addresses have no trailing slash, so links are built on one.
            RepositoryUrl = f.Text("repository_url") is { } repository ? new Uri(repository.TrimEnd('/')) : null,
            // Sorted, so the Content-Security-Policy that lists them is the same whatever order site.yml has.
            ImageHosts = [.. f.TextList("image_hosts").Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }
}
