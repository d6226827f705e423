using System.Collections.Concurrent;
using System.Text;
using SendSite.Engine;

namespace SendSite.Output;

/// <summary>
/// Writes the built documents into a fresh staging folder beside the output folder, in parallel, making each
/// deferred document's text as it goes and dropping it once written, so memory holds a few pages at a time
/// whatever the size of the site. Nothing here touches the published output: it is replaced only after the
/// whole build and the gate have passed.
/// </summary>
public static class StagingWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Without a limit, threads blocked in file writes made the pool add threads (500 at 100k documents), each
    // with a page and its body in hand: memory grew with the thread count. One page per core keeps both cores busy.
    private static readonly ParallelOptions OnePerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// Creates a staging folder of its own for <paramref name="outputFolder"/>, marked as the generator's, and
    /// returns its path. Its name is unique, so two builds never share one (the output's lock keeps them apart too).
    /// </summary>
    public static string Create(string outputFolder)
    {
        var staging = StagingFolders.CreateFor(OutputReservation.FullPath(outputFolder));
        OutputMarker.WriteInto(staging);
        return staging;
    }

    /// <summary>Writes every document into a new staging folder and returns its path.</summary>
    public static string Write(IReadOnlyList<Document> documents, string outputFolder)
    {
        var staging = Create(outputFolder);
        WriteInto(staging, documents);
        return staging;
    }

    /// <summary>
    /// Writes every document into <paramref name="staging"/>. A deferred document's text is made on the thread
    /// that writes it; if one fails, the exception comes out of here and the caller discards the folder.
    /// </summary>
    public static void WriteInto(string staging, IReadOnlyList<Document> documents)
    {
        var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var written = 0;
        Parallel.ForEach(documents, OnePerCore, document =>
        {
            if (Interlocked.Increment(ref written) == documents.Count / 2)
            {
                TestHold.At(TestHold.Rendering);
            }
            var path = Path.Combine(staging, document.Destination);
            // GetOrAdd returns only once some thread's CreateDirectory for this folder has finished.
            folders.GetOrAdd(Path.GetDirectoryName(path)!, static folder =>
            {
                Directory.CreateDirectory(folder);
                return true;
            });
            if (document.SourcePath is not null)
            {
                File.Copy(document.SourcePath, path, overwrite: true);
            }
            else
            {
                File.WriteAllText(path, document.TextNow(), Utf8);
            }
        });
    }
}
