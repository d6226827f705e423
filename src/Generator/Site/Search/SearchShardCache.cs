namespace SendSite.Site.Search;

/// <summary>
/// Search shard bundles kept between builds in the build's cache folder (search-shards/&lt;key&gt;/ in .gate-cache/,
/// which CI restores with the gate's results). A build into an output folder that has no index yet (the pull-request
/// build, a fresh clone, CI) copies from here the shards whose pages did not change, instead of running Pagefind again:
/// at England's size Pagefind is about 11 s of CPU, where a pull request changes one shard. Each entry is a bundle with
/// its manifest, named by its key, and is checked file by file as it is copied (<see cref="SearchShardReuse"/>), so a
/// damaged entry only means the shard is indexed again. The cache is a help, never a need: if it cannot be written
/// the build goes on without it.
/// </summary>
public sealed class SearchShardCache
{
    public const string FolderName = "search-shards";

    private readonly string folder;

    private SearchShardCache(string folder) => this.folder = folder;

    /// <summary>The shard cache inside the build's cache folder.</summary>
    public static SearchShardCache In(string cacheFolder) => new(Path.Combine(Path.GetFullPath(cacheFolder), FolderName));

    /// <summary>Copies the shard's bundle from the cache into the staging folder when one with its key is kept.</summary>
    public bool TryCopy(string stagingFolder, SearchShard shard, string key) =>
        SearchShardReuse.TryCopyBundle(Path.Combine(folder, key), stagingFolder, shard, key);

    /// <summary>
    /// Keeps a bundle just made (or copied) under its key, unless the cache has it already. Written beside its final
    /// name and then moved there, so a build stopped halfway leaves no entry that looks whole.
    /// </summary>
    public void Keep(string bundleFolder, string key)
    {
        var entry = Path.Combine(folder, key);
        if (Directory.Exists(entry))
        {
            return;
        }
        var partial = $"{entry}.partial-{Guid.NewGuid():N}";
        try
        {
            CopyFolder(bundleFolder, partial);
            Directory.Move(partial, entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
        }
    }

    /// <summary>
    /// Removes every entry but the ones this build used, so the cache holds one site's index, not every index ever
    /// made (CI saves it after each run).
    /// </summary>
    public void KeepOnly(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var entry in Directory.GetDirectories(folder).Where(entry => !keys.Contains(Path.GetFileName(entry))))
        {
            TryDelete(entry);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void TryDelete(string entry)
    {
        try
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build may be reading it; it goes next time.
        }
    }
}
