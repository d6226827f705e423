namespace SendSite.Site.Views;

/// <summary>What every page shows of the site: its name, the sample-data notice and the footer links.</summary>
public sealed record SiteView(
    string Title,
    string Publisher,
    string ContactEmail,
    string Language,
    bool SampleData,
    string? SampleNotice,
    IReadOnlyList<LinkView> FooterLinks);
