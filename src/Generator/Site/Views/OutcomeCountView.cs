namespace SendSite.Site.Views;

public sealed record OutcomeCountView(OutcomeView Outcome, int Count);
