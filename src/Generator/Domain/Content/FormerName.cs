namespace SendSite.Domain.Content;

/// <summary>
/// A name, and perhaps a slug, an area had before a rename, merge or split; old links under the slug keep
/// working. <see cref="Code"/> is the old area's own ONS code, used in open data for its reports.
/// </summary>
public sealed record FormerName(string Name, string? Slug, DateOnly? Until, string? Code = null);
