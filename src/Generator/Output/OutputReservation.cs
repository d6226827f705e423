namespace SendSite.Output;

/// <summary>
/// A build's claim on its output folder, taken before anything is read and held until the build ends: the folder
/// is one a build may replace (<see cref="OutputGuard"/>), no other build is using it (<see cref="OutputLock"/>),
/// and whatever a killed build left is dealt with first: its children are killed, its staging folders removed, and
/// an output folder it left missing (or half swapped) is put back from the complete previous site.
/// </summary>
public sealed class OutputReservation : IDisposable
{
    private readonly OutputLock outputLock;

    private OutputReservation(OutputLock outputLock) => this.outputLock = outputLock;

    /// <summary>The output folder as a full path without a trailing separator: its siblings are named from it.</summary>
    public static string FullPath(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder);
        return full.Length > Path.GetPathRoot(full)!.Length ? full.TrimEnd(Path.DirectorySeparatorChar) : full;
    }

    /// <summary>Returns the reservation, or null and the one line that says why the build may not go on.</summary>
    public static async Task<(OutputReservation? Reservation, string? Refusal)> TakeAsync(
        string outputFolder, string inputFolder, bool force, TimeSpan wait, TextWriter log, CancellationToken cancellationToken)
    {
        if (OutputGuard.Problem(outputFolder, inputFolder, force) is { } problem)
        {
            return (null, problem);
        }
        var output = FullPath(outputFolder);
        var (taken, holder) = await OutputLock.TakeAsync(output, wait, cancellationToken);
        if (taken is null)
        {
            return (null, $"{outputFolder} is being built by {holder}; wait for it to finish, or run with --wait-for-output to wait.");
        }
        var killed = ChildProcesses.KillLeftoversOf(OutputLock.LockFileFor(output));
        if (killed > 0)
        {
            log.WriteLine($"Stopped {killed} program(s) an earlier, interrupted build of {outputFolder} had left running.");
        }
        StagingFolders.CleanStale(output);
        if (ContentSwap.Recover(output))
        {
            log.WriteLine($"An earlier build was interrupted while replacing {outputFolder}; its previous site was put back.");
        }
        var previous = StagingFolders.PreviousFor(output);
        if (!Directory.Exists(output) && Directory.Exists(previous))
        {
            Directory.Move(previous, output);
            log.WriteLine($"{outputFolder} was missing after an interrupted build; the previous site was restored from {previous}.");
        }
        return (new OutputReservation(taken), null);
    }

    public void Dispose() => outputLock.Dispose();
}
