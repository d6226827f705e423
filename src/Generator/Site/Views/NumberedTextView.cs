namespace SendSite.Site.Views;

/// <summary>An item people can link to: an area for improvement, with its anchor.</summary>
public sealed record NumberedTextView(int Number, string Anchor, string Text);
