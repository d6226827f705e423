namespace SendSite.Domain.Content;

/// <summary>A dated note of what changed after first publication.</summary>
public sealed record ChangeNote(DateOnly Date, string Note);
