namespace SendSite.Site.Views;

/// <summary>A monitoring inspection's finding: effective action or not, in words and as a tag.</summary>
public sealed record FindingView(int Number, string Anchor, string ProgressLabel, string TagClass, string Summary, string PriorityActionText)
{
    /// <summary>The anchor of the area for priority action this finding is about, on the full report it checked.</summary>
    public string PriorityActionAnchor => Anchors.PriorityAction(Number);
}
