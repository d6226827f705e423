using SendSite.Domain.Content;

namespace SendSite.Site.Atom;

/// <summary>
/// A feed's title as readers' feed apps show it, away from the site and its sample-data banner: on a sample
/// site it says so, so made-up findings are never mistaken for real ones in someone's reader (issue 16).
/// </summary>
public static class FeedTitle
{
    public const string SamplePrefix = "Sample data, not real: ";

    public static string Of(SiteSettings settings, string title) => settings.SampleData ? SamplePrefix + title : title;
}
