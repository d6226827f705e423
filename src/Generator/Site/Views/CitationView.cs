namespace SendSite.Site.Views;

/// <summary>
/// A citation of a report or plan, as plain text people can select and copy. <see cref="BeforeAccessed"/> ends
/// just before the access date, which is the reader's own and so is filled in by the browser (the build must
/// not depend on the day it runs); without JavaScript the page shows <see cref="AccessedPlaceholder"/>.
/// </summary>
public sealed record CitationView(string BeforeAccessed, string Url)
{
    public const string AccessedPlaceholder = "[the date you read it]";

    public string Placeholder => AccessedPlaceholder;

    /// <summary>The whole citation as the page shows it without JavaScript.</summary>
    public string Text => $"{BeforeAccessed}{AccessedPlaceholder}).";
}
