using System.Text;
using System.Text.Json;

namespace SendSite.Site.Search;

/// <summary>
/// The small file written into each shard's bundle folder: the shard's key (<see cref="SearchShardKey"/>) and the
/// SHA-256 of every file of the bundle. The next build reads it from the output it is about to replace, to reuse
/// the bundle when the key is its own, and checks each file it copies against it, so a bundle that was changed or
/// left half-written since is indexed again instead. Written with a fixed layout and order, so the same shard gives
/// the same bytes whether it was reused or made.
/// </summary>
/// <param name="Key">The shard's key.</param>
/// <param name="Files">Each file of the bundle but this one, relative to the bundle folder with '/' between names, in ordinal order.</param>
public sealed record SearchShardManifest(string Key, IReadOnlyList<(string Path, string Sha256)> Files)
{
    public const string FileName = "send-site-shard.json";

    private static readonly JsonWriterOptions Layout = new() { Indented = true };

    /// <summary>The manifest of a bundle folder as it is now, under <paramref name="key"/>.</summary>
    public static SearchShardManifest Of(string bundleFolder, string key) => new(
        key,
        [.. Directory.GetFiles(bundleFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(bundleFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => path != FileName)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, SearchShardKey.Sha256Of(Path.Combine(bundleFolder, path))))]);

    public void WriteTo(string bundleFolder)
    {
        using var stream = File.Create(Path.Combine(bundleFolder, FileName));
        using var json = new Utf8JsonWriter(stream, Layout);
        json.WriteStartObject();
        json.WriteString("key", Key);
        json.WriteStartObject("files");
        foreach (var (path, sha256) in Files)
        {
            json.WriteString(path, sha256);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The manifest in a bundle folder, or null when there is none or it cannot be read as one.</summary>
    public static SearchShardManifest? ReadFrom(string bundleFolder)
    {
        var file = Path.Combine(bundleFolder, FileName);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file, Encoding.UTF8));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var list = new List<(string, string)>();
            foreach (var entry in files.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    return null;
                }
                list.Add((entry.Name, entry.Value.GetString()!));
            }
            return new SearchShardManifest(key.GetString()!, list);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
