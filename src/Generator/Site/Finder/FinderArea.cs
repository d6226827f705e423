namespace SendSite.Site.Finder;

/// <summary>
/// An area in the finder's index: its current name, its page relative to the site root (no leading slash,
/// so the browser resolves it against the root the page embeds), and every name it can be found by,
/// current name first, each key once.
/// </summary>
public sealed record FinderArea(string Name, string Url, IReadOnlyList<FinderName> Names);
