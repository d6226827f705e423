namespace SendSite.Tools.Import;

/// <summary>What an import did, in the order of the files, and its one-paragraph account.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportChange> Changes)
{
    public int Count(ImportChangeKind kind) => Changes.Count(c => c.Kind == kind);

    public IEnumerable<string> Lines()
    {
        foreach (var change in Changes.Where(c => c.Kind != ImportChangeKind.Unchanged))
        {
            yield return change.Kind switch
            {
                ImportChangeKind.Created => $"created {change.RelativePath}",
                ImportChangeKind.Updated => $"updated {change.RelativePath} ({string.Join(", ", change.ChangedFields)})",
                _ => $"kept {change.RelativePath}: written by hand (no 'source: ofsted-mi'), so import leaves it alone",
            };
        }
        yield return $"created {Count(ImportChangeKind.Created)}, updated {Count(ImportChangeKind.Updated)}, unchanged {Count(ImportChangeKind.Unchanged)}, kept as written by hand {Count(ImportChangeKind.KeptWrittenByHand)}.";
    }
}
