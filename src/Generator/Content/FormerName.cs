namespace SendSite.Content;

/// <summary>A name, and perhaps a slug, an area had before a rename; old links under the slug keep working.</summary>
public sealed record FormerName(string Name, string? Slug, DateOnly? Until);
