namespace SendSite.Output;

/// <summary>
/// Publishes into an output folder that cannot itself be renamed: a mount point (EBUSY), or one on another device
/// than its staging folder (EXDEV). The new site is first copied into a hidden folder inside the output (so the
/// last step is renames on one filesystem), the old entries are moved into another, the new ones moved up, and the
/// old ones deleted. A build killed part way is put back to the old site by <see cref="Recover"/> on the next start.
/// </summary>
public static class ContentSwap
{
    private const string IncomingPrefix = ".send-site-incoming-";
    private const string OldPrefix = ".send-site-old-";

    public static void Replace(string output, string staging)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var incoming = Path.Combine(output, IncomingPrefix + id);
        var old = Path.Combine(output, OldPrefix + id);
        Copy(staging, incoming);
        Directory.CreateDirectory(old);
        var oldEntries = Directory.EnumerateFileSystemEntries(output).Where(e => !IsOurs(e)).ToList();
        foreach (var entry in oldEntries)
        {
            Move(entry, Path.Combine(old, Path.GetFileName(entry)));
        }
        TestHold.At(TestHold.Promoting);
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(incoming).ToList())
            {
                Move(entry, Path.Combine(output, Path.GetFileName(entry)));
            }
        }
        catch
        {
            PutBack(output, old);
            throw;
        }
        Directory.Delete(old, recursive: true);
        Directory.Delete(incoming, recursive: true);
        Directory.Delete(staging, recursive: true);
    }

    /// <summary>
    /// Undoes a swap that was interrupted: when an old-site folder is still inside the output, the new entries
    /// beside it are removed and the old ones moved back. Returns true when it did so.
    /// </summary>
    public static bool Recover(string output)
    {
        if (!Directory.Exists(output))
        {
            return false;
        }
        var leftovers = Directory.EnumerateDirectories(output).Where(IsOurs).ToList();
        var old = leftovers.FirstOrDefault(f => Path.GetFileName(f).StartsWith(OldPrefix, StringComparison.Ordinal));
        if (old is not null)
        {
            PutBack(output, old);
        }
        foreach (var folder in leftovers.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
        return old is not null;
    }

    /// <summary>
    /// Whether a swap into <paramref name="output"/> was interrupted after the old site, marker included, was moved
    /// aside: the folder is still ours, and <see cref="Recover"/> will put the old site back.
    /// </summary>
    public static bool WasInterruptedIn(string output) =>
        Directory.EnumerateDirectories(output, OldPrefix + "*").Any(OutputMarker.IsOn);

    private static void PutBack(string output, string old)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(output).Where(e => !IsOurs(e)).ToList())
        {
            Delete(entry);
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(old).ToList())
        {
            Move(entry, Path.Combine(output, Path.GetFileName(entry)));
        }
        Directory.Delete(old, recursive: true);
    }

    private static bool IsOurs(string entry) =>
        Path.GetFileName(entry) is var name && (name.StartsWith(IncomingPrefix, StringComparison.Ordinal) || name.StartsWith(OldPrefix, StringComparison.Ordinal));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private static void Delete(string entry)
    {
        if (Directory.Exists(entry))
        {
            Directory.Delete(entry, recursive: true);
        }
        else
        {
            File.Delete(entry);
        }
    }
}
