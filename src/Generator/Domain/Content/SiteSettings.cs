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
    IReadOnlyList<string> PublisherOwners);
