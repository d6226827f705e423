namespace SendSite.Site.Views;

/// <summary>The model of thematic-index.liquid: every published national thematic report, newest first.</summary>
public sealed record ThematicIndexView(IReadOnlyList<ThematicSummaryView> Reports);
