using System.Text.RegularExpressions;

namespace SendSite.Output;

/// <summary>
/// Turns a failure of the machine rather than of the input (disk full, read-only, permission denied, a busy
/// folder, an I/O error) into one line: what happened, which path, and what to do. The build prints that line
/// instead of a stack trace; anything else is a bug and keeps its trace.
/// </summary>
public static partial class EnvironmentFault
{
    // The errno values .NET leaves in IOException.HResult on Unix.
    private const int InputOutput = 5;
    private const int Busy = 16;
    private const int CrossDevice = 18;
    private const int NoSpace = 28;
    private const int ReadOnly = 30;
    private const int QuotaExceeded = 122;

    // When .NET cannot preallocate a file it creates with a known size (File.WriteAllText and StagingWriter do), its
    // IOException carries no errno, only these words (the runtime's own English text: the tool runs invariant).
    private const string PreallocationDiskFull = "because the disk was full";

    /// <summary>The line for <paramref name="exception"/> (or an exception inside it), or null when it is not a fault of the machine.</summary>
    /// <param name="outputFolder">The path named when the exception names none (a failed rename names neither of its paths).</param>
    public static string? Describe(Exception exception, string outputFolder)
    {
        var fault = Faults(exception).FirstOrDefault(e => e is UnauthorizedAccessException or IOException and not FileNotFoundException and not DirectoryNotFoundException);
        if (fault is null)
        {
            return null;
        }
        var path = QuotedPath().Match(fault.Message) is { Success: true } match ? match.Groups[1].Value : outputFolder;
        return fault switch
        {
            UnauthorizedAccessException => $"permission denied on {path}: give this user write access to it (and its folder), or choose another --output.",
            IOException io when IsDiskFull(io) => $"the disk is full writing {path}: free space on that filesystem, then build again.",
            { HResult: ReadOnly } => $"{path} is on a read-only filesystem: choose an --output on a writable one, or remount it read-write.",
            { HResult: Busy } => $"{path} is busy (a mount point, or open in another program): close what holds it, or choose another --output.",
            { HResult: CrossDevice } => $"{path} cannot be moved across filesystems: put --output on the same filesystem as its parent folder.",
            { HResult: InputOutput } => $"an input/output error on {path}: the disk or network share failed; check it, then build again.",
            _ => $"{path} could not be written or read ({fault.Message.Split('\n')[0]}): check the folder, its permissions and free space, then build again.",
        };
    }

    /// <summary>
    /// Whether the filesystem itself failed (read-only, full, an I/O error), as opposed to a file being in use: a
    /// caller that waits for a file to be free must not wait for these.
    /// </summary>
    public static bool IsOfTheFilesystem(IOException exception) =>
        exception.HResult is ReadOnly or InputOutput || IsDiskFull(exception);

    private static bool IsDiskFull(IOException exception) =>
        exception.HResult is NoSpace or QuotaExceeded || exception.Message.Contains(PreallocationDiskFull, StringComparison.Ordinal);

    /// <summary>Says the same for what a child program printed, e.g. Pagefind's "No space left on device (os error 28)".</summary>
    public static string? DescribeText(string said, string folder) =>
        said.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) || said.Contains("os error 28", StringComparison.Ordinal)
            ? $"the disk is full writing {folder}: free space on that filesystem, then build again."
            : said.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) || said.Contains("os error 30", StringComparison.Ordinal)
                ? $"{folder} is on a read-only filesystem: choose an --output on a writable one."
                : null;

    private static IEnumerable<Exception> Faults(Exception exception)
    {
        if (exception is AggregateException aggregate)
        {
            return aggregate.Flatten().InnerExceptions.SelectMany(Faults);
        }
        return exception.InnerException is { } inner ? [exception, .. Faults(inner)] : [exception];
    }

    [GeneratedRegex("'(/[^']*)'")]
    private static partial Regex QuotedPath();
}
