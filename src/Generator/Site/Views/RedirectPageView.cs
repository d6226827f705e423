namespace SendSite.Site.Views;

/// <summary>The model of redirect.liquid: an old address that now lives elsewhere.</summary>
public sealed record RedirectPageView(string Title, string Target, string CanonicalUrl);
