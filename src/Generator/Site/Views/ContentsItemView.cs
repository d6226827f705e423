namespace SendSite.Site.Views;

/// <summary>An entry of a page's contents list: a heading's text and its anchor; level 3 entries are indented.</summary>
public sealed record ContentsItemView(string Text, string Anchor, int Level);
