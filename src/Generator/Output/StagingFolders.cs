namespace SendSite.Output;

/// <summary>
/// The folders a build keeps beside its output: a staging folder of its own (a unique name, so two builds can never
/// write into one, and nothing a killed build's leftover child writes can be published), the previous site while
/// it is swapped, and folders being deleted. Holding the output's lock means no other build uses any of them, so
/// whatever is found on start is a killed build's and is removed.
/// </summary>
public static class StagingFolders
{
    private const string StagingSuffix = ".staging";
    private const string DeletingSuffix = ".deleting";

    public static string PreviousFor(string output) => output + ".previous";

    /// <summary>A new, empty staging folder named for this process and a random part.</summary>
    public static string CreateFor(string output)
    {
        var staging = $"{output}{StagingSuffix}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>
    /// Deletes a folder by first renaming it to a "deleting" name: a half-deleted folder never keeps a name a
    /// later build would trust (a half-deleted .previous could otherwise be restored as the site).
    /// </summary>
    public static void Delete(string folder, string output)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        var doomed = $"{output}{DeletingSuffix}-{Guid.NewGuid().ToString("N")[..8]}";
        Directory.Move(folder, doomed);
        Directory.Delete(doomed, recursive: true);
    }

    /// <summary>Removes every staging and deleting folder of <paramref name="output"/>; returns how many.</summary>
    public static int CleanStale(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return 0;
        }
        var name = Path.GetFileName(output);
        var stale = Directory.EnumerateDirectories(parent, name + ".*")
            .Where(folder => Path.GetFileName(folder) is var n && (n.StartsWith(name + StagingSuffix, StringComparison.Ordinal) || n.StartsWith(name + DeletingSuffix + "-", StringComparison.Ordinal)))
            .ToList();
        foreach (var folder in stale)
        {
            Directory.Delete(folder, recursive: true);
        }
        return stale.Count;
    }
}
