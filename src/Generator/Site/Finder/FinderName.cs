namespace SendSite.Site.Finder;

/// <summary>One name an area can be found by: what it is, how it is written, and its normalised key.</summary>
public sealed record FinderName(FinderNameKind Kind, string Text, string Key);
