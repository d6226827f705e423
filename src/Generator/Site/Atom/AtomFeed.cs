
namespace SendSite.Site.Atom;

/// <summary>
/// One Atom feed: its own canonical URL (also its id and rel="self"), the page it stands for (rel="alternate"),
/// its language (xml:lang, e.g. en-GB) and its entries, newest first.
/// </summary>
public sealed record AtomFeed(string Title, string SelfUrl, string AlternateUrl, string Author, string Language, IReadOnlyList<FeedEntry> Entries);
