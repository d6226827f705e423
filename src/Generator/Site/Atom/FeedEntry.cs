
namespace SendSite.Site.Atom;

/// <summary>One report or plan as an Atom entry: its page's canonical URL is both its id and its link.</summary>
public sealed record FeedEntry(string Url, string Title, DateTimeOffset Published, DateTimeOffset Updated, string Summary);
