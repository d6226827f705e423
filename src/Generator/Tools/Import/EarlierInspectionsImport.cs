using SendSite.Input.Loading;

namespace SendSite.Tools.Import;

/// <summary>
/// What importing the 2016-2022 statistics does to input/earlier-inspections.yml: one change for the file,
/// naming each area added or changed. Areas in the file but not in the rows are kept as they are, like
/// reports whose rows leave the management information; a file written by hand (no source line) is kept.
/// </summary>
public static class EarlierInspectionsImport
{
    public static ImportChange Plan(InputPaths paths, IReadOnlyList<ImportedEarlierInspection> rows)
    {
        var relative = InputPaths.EarlierInspectionsFile;
        var full = paths.Full(relative);
        var existing = File.Exists(full) ? File.ReadAllText(full) : null;
        if (existing is not null && !EarlierInspectionsText.IsImported(existing))
        {
            return new ImportChange(relative, ImportChangeKind.KeptWrittenByHand, existing, []);
        }
        var before = existing is null ? new Dictionary<string, string>() : EarlierInspectionsText.Blocks(existing);
        var blocks = new SortedDictionary<string, string>(before.ToDictionary(), StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var row in rows.OrderBy(r => r.Area.Code, StringComparer.Ordinal))
        {
            var block = EarlierInspectionsText.Block(row);
            if (!before.TryGetValue(row.Area.Code, out var old))
            {
                changed.Add($"added {row.Area.Code} {row.Area.Name}");
            }
            else if (old != block)
            {
                changed.Add($"changed {row.Area.Code} {row.Area.Name}");
            }
            blocks[row.Area.Code] = block;
        }
        var text = EarlierInspectionsText.Header + string.Concat(blocks.Values);
        if (existing is null)
        {
            return new ImportChange(relative, ImportChangeKind.Created, text, []);
        }
        return existing == text
            ? new ImportChange(relative, ImportChangeKind.Unchanged, text, [])
            : new ImportChange(relative, ImportChangeKind.Updated, text, changed.Count > 0 ? changed : ["comments or layout"]);
    }
}
