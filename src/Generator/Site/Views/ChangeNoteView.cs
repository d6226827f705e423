namespace SendSite.Site.Views;

public sealed record ChangeNoteView(string DateText, string DateIso, string Note);
