namespace SendSite.Site.Views;

/// <summary>The model of page.liquid.</summary>
public sealed record ContentPageView(string Title, string? Description, IReadOnlyList<ContentsItemView> Contents, string BodyHtml);
