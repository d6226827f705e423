namespace SendSite.Domain.Content;

/// <summary>
/// input/site.yml: what the whole site is called, where it lives and who answers for it.
/// <see cref="PublisherOwners"/> are the GitHub users or teams who own everything but areas' plans.
/// </summary>
public sealed record SiteSettings(
    string Title,
    Uri BaseUrl,
    string Publisher,
    string ContactEmail,
    string Language,
    string Theme,
    bool SampleData,
    string? SampleNotice,
    IReadOnlyList<string> PublisherOwners)
{
    /// <summary>
    /// The site's project on GitHub (no trailing slash), which the guide for local areas links to; null when
    /// site.yml does not say, and then the guide says so rather than link nowhere.
    /// </summary>
    public Uri? RepositoryUrl { get; init; }

    /// <summary>
    /// Hosts that bodies may show images from, over https only (site.yml's image_hosts, lower case): the pages'
    /// Content-Security-Policy allows the same hosts in img-src.
    /// </summary>
    public IReadOnlyList<string> ImageHosts { get; init; } = [];
}
