using System.Diagnostics;
using System.Globalization;

namespace SendSite.Output;

/// <summary>
/// One build per output folder at a time: an exclusive lock on <c>&lt;output&gt;.lock</c>, beside the output. On
/// Linux and macOS .NET takes it with flock, which the kernel drops when the holder exits by any route, SIGKILL
/// included, so a lock is never stale. The holder's process id and start time go into <c>&lt;output&gt;.lock.owner</c>
/// (the lock file itself cannot be read by others while it is held), for the message the second build prints.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string ownerFile;

    private OutputLock(FileStream stream, string ownerFile)
    {
        this.stream = stream;
        this.ownerFile = ownerFile;
    }

    public static string LockFileFor(string output) => output + ".lock";

    /// <summary>
    /// Takes the lock of the (normalised) output folder, waiting up to <paramref name="wait"/> for another build to
    /// finish. Returns null and says who holds it when it stays taken.
    /// </summary>
    public static async Task<(OutputLock? Lock, string? Holder)> TakeAsync(string output, TimeSpan wait, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var file = LockFileFor(output);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var owner = file + ".owner";
                File.WriteAllText(owner, $"{Environment.ProcessId} {DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)}\n");
                return (new OutputLock(stream, owner), null);
            }
            catch (IOException e) when (File.Exists(file) && !EnvironmentFault.IsOfTheFilesystem(e))
            {
                if (waited.Elapsed >= wait)
                {
                    return (null, Holder(file + ".owner"));
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    private static string Holder(string ownerFile)
    {
        try
        {
            var parts = File.ReadAllText(ownerFile).Trim().Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                return $"process {pid} (started {parts[1]})";
            }
        }
        catch (IOException)
        {
            // The holder is between taking the lock and writing its name; say what is known.
        }
        return "another process";
    }

    public void Dispose()
    {
        try
        {
            File.Delete(ownerFile);
        }
        catch (IOException)
        {
            // The owner file only names the holder; a leftover one is overwritten by the next build.
        }
        stream.Dispose();
    }
}
