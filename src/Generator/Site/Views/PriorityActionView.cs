namespace SendSite.Site.Views;

/// <summary>A numbered area for priority action with its permanent anchor, and a monitoring finding if there is one.</summary>
public sealed record PriorityActionView(int Number, string Anchor, string Responsible, string Text, FindingView? Finding);
