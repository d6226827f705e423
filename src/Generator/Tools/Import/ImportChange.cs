namespace SendSite.Tools.Import;

/// <summary>One inspection's file: its path inside input/, what happens to it, and for an update the fields that change.</summary>
public sealed record ImportChange(string RelativePath, ImportChangeKind Kind, string Text, IReadOnlyList<string> ChangedFields);
