namespace SendSite.Views;

/// <summary>A monitoring inspection's finding: effective action or not, in words and as a tag.</summary>
public sealed record FindingView(int Number, string Anchor, string ProgressLabel, string TagClass, string Summary, string PriorityActionText);
