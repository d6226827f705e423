namespace SendSite.Site.Views;

/// <summary>What every page shows of the site: its name, the sample-data notice and the footer links.</summary>
public sealed record SiteView(
    string Title,
    string Publisher,
    string ContactEmail,
    string Language,
    bool SampleData,
    string? SampleNotice,
    IReadOnlyList<LinkView> FooterLinks)
{
    /// <summary>
    /// What the Content-Security-Policy's img-src allows besides the site itself: " https://host" for each of
    /// site.yml's image_hosts (host names the schema has checked), or empty.
    /// </summary>
    public string ImageSources { get; init; } = "";
}
