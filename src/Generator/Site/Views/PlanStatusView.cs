namespace SendSite.Site.Views;

/// <summary>Where an owed priority action plan stands, as a tag and a sentence.</summary>
public sealed record PlanStatusView(string Label, string TagClass, string Sentence, string SubmitByText, string PublishByText, PlanSummaryView? Plan);
