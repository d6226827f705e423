namespace SendSite.Site.Views;

/// <summary>A link as templates see it: the href is site-absolute, and templates pass it through <c>| url</c>.</summary>
public sealed record LinkView(string Text, string Href);
