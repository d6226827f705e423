using SendSite.Engine;
using SendSite.Gate;

namespace SendSite.Hosting.Preview;

/// <summary>
/// A copy on disk of what `serve` shows, kept for the link check alone (<see cref="LinkCheck"/> reads files): after
/// each update only the files that changed are written or removed, and only the pages that changed are parsed
/// again. It runs after the page is served, so it never delays the preview.
/// </summary>
public sealed class PreviewMirror(string folder)
{
    private readonly Dictionary<string, Document> written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SitePage> inventory = new(StringComparer.Ordinal);

    public int Pages => inventory.Count;

    /// <summary>Brings the folder up to <paramref name="documents"/> and returns the link problems of the HTML pages that changed.</summary>
    public (IReadOnlyList<string> ChangedPages, IReadOnlyList<GateProblem> Problems) Update(IReadOnlyList<Document> documents, string basePath)
    {
        var now = documents.ToDictionary(d => d.Destination, StringComparer.Ordinal);
        foreach (var gone in written.Keys.Where(d => !now.ContainsKey(d)).ToList())
        {
            File.Delete(Path.Combine(folder, gone));
            written.Remove(gone);
            inventory.Remove(gone);
        }
        var changed = new List<string>();
        foreach (var document in documents)
        {
            if (written.TryGetValue(document.Destination, out var before) && before == document)
            {
                continue;
            }
            var path = Path.Combine(folder, document.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (document.Text is { } text)
            {
                File.WriteAllText(path, text);
            }
            else
            {
                File.Copy(document.SourcePath!, path, overwrite: true);
            }
            written[document.Destination] = document;
            if (document.IsHtml)
            {
                changed.Add(document.Destination);
            }
        }
        Parallel.ForEach(changed, page =>
        {
            var read = SiteInventory.ReadPage(folder, page);
            lock (inventory)
            {
                inventory[page] = read;
            }
        });
        var onlyFrom = changed.ToHashSet(StringComparer.Ordinal);
        var problems = LinkCheck.Run(folder, [.. inventory.Values.OrderBy(p => p.Path, StringComparer.Ordinal)], basePath, onlyFrom);
        return (changed, problems);
    }
}
