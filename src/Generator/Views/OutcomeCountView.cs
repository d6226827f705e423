namespace SendSite.Views;

public sealed record OutcomeCountView(OutcomeView Outcome, int Count);
