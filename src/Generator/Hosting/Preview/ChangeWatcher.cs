using System.Threading.Channels;

namespace SendSite.Hosting.Preview;

/// <summary>
/// Watches folders (input/ and the themes) and hands over changed paths in batches: a batch is closed once no
/// change has arrived for <see cref="Quiet"/>, because one save in an editor is often several file events.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    // Short: an editor's save (write, or write a copy and rename it) is over within a few milliseconds, and every
    // millisecond waited here is one the author waits to see the change.
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> watchers = [];

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
            // Too many events at once (a whole folder replaced): still a change, so still a rebuild.
            watcher.Error += (_, _) => changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for things to go quiet, and returns every path changed meanwhile.</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(quiet.Token));
                while (changes.Reader.TryRead(out var more))
                {
                    batch.Add(more);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
        changes.Writer.TryComplete();
    }
}
