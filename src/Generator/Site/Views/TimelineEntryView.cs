namespace SendSite.Site.Views;

/// <summary>One dated entry in an area's history: a report or a plan.</summary>
public sealed record TimelineEntryView(string DateText, string DateIso, string KindLabel, string Title, string Href, OutcomeView? Outcome);
