using System.Runtime.InteropServices;
using SendSite.Output;
using SendSite.Site.Building;

namespace SendSite.Tools.Commands;

/// <summary>
/// The build as a process: its children carry the output's lock name (so a later build can clear them out if this
/// one is killed), they are killed when it exits by any route (an exception; Ctrl+C, which cancels the build; SIGTERM,
/// which ends it at once), and a fault of the machine is one line, not a stack trace.
/// Since .NET 10 the runtime no longer raises ProcessExit on SIGTERM, so the process died with its children still
/// running: the build kills them in its own SIGTERM handler.
/// </summary>
public static class BuildProcess
{
    /// <summary>The build's result, or null when a fault of the machine stopped it (already said on standard error).</summary>
    public static async Task<BuildResult?> RunAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        ChildProcesses.MarkChildrenOf(OutputLock.LockFileFor(OutputReservation.FullPath(options.OutputFolder)));
        EventHandler onExit = (_, _) => ChildProcesses.KillDescendants();
        AppDomain.CurrentDomain.ProcessExit += onExit;
        // The signal then ends the process as it normally does: the build is safe to stop anywhere, and the next one clears what it left.
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => ChildProcesses.KillDescendants());
        try
        {
            return await SiteGenerator.BuildAsync(options, Console.Out, cancellationToken);
        }
        catch (Exception e) when (EnvironmentFault.Describe(e, OutputReservation.FullPath(options.OutputFolder)) is { } fault)
        {
            Console.Error.WriteLine($"error: {fault}");
            Console.Error.WriteLine($"Build failed: {options.OutputFolder} was left as it was.");
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"Build stopped: {options.OutputFolder} was left as it was.");
            return null;
        }
        finally
        {
            ChildProcesses.KillDescendants();
            AppDomain.CurrentDomain.ProcessExit -= onExit;
        }
    }
}
