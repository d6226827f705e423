namespace SendSite.Site.Views;

/// <summary>The areas whose names start with one letter, in A to Z order, with the anchor of their heading.</summary>
public sealed record LetterGroupView(string Letter, string Anchor, IReadOnlyList<AreaSummaryView> Areas);
