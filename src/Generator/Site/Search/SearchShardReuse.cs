using System.Security.Cryptography;

namespace SendSite.Site.Search;

/// <summary>
/// Copies a shard's bundle from the previous build's output (the folder this build is about to replace) into the
/// staging folder, when that bundle was made from exactly the same pages by the same Pagefind with the same
/// arguments: its manifest holds the same key. Every file is checked against the manifest's SHA-256 as it is
/// copied; anything missing, changed or outside the bundle folder means the shard is indexed again, never that a
/// stale index is published. A withdrawn or embargoed report changes its shard's pages, so its shard is never reused.
/// </summary>
public static class SearchShardReuse
{
    /// <summary>Whether the shard's bundle was copied; when it was not, the staging folder has no bundle for it.</summary>
    public static bool TryCopy(string previousSiteFolder, string stagingFolder, SearchShard shard, string key) =>
        TryCopyBundle(Path.Combine(previousSiteFolder, shard.BundleFolder), stagingFolder, shard, key);

    /// <summary>Copies the bundle in <paramref name="bundleFolder"/> into the shard's place in the staging folder, if its manifest has this key.</summary>
    public static bool TryCopyBundle(string bundleFolder, string stagingFolder, SearchShard shard, string key)
    {
        var from = Path.GetFullPath(bundleFolder);
        if (SearchShardManifest.ReadFrom(from) is not { } manifest || manifest.Key != key || manifest.Files.Count == 0)
        {
            return false;
        }
        var to = Path.Combine(stagingFolder, shard.BundleFolder);
        foreach (var (path, sha256) in manifest.Files)
        {
            var source = Path.GetFullPath(Path.Combine(from, path));
            if (!source.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !TryRead(source, out var bytes)
                || Convert.ToHexStringLower(SHA256.HashData(bytes)) != sha256)
            {
                Forget(to);
                return false;
            }
            var target = Path.Combine(to, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
        manifest.WriteTo(to);
        return true;
    }

    private static bool TryRead(string file, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            return false;
        }
    }

    private static void Forget(string bundleFolder)
    {
        if (Directory.Exists(bundleFolder))
        {
            Directory.Delete(bundleFolder, recursive: true);
        }
    }
}
