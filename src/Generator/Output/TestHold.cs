using System.Diagnostics;
using System.Globalization;

namespace SendSite.Output;

/// <summary>
/// A test-only pause, for the fault-injection tests: when the environment variable names a stage, the build says
/// so on standard output and waits there (until cancelled, or a minute), so a test can kill it at exactly that
/// point. Without the variable it does nothing.
/// </summary>
public static class TestHold
{
    public const string Variable = "SEND_SITE_TEST_HOLD";
    public const string Rendering = "rendering";
    public const string Indexing = "indexing";
    public const string Promoting = "promoting";

    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public static bool IsAt(string stage) =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), stage, StringComparison.Ordinal);

    public static void At(string stage, CancellationToken cancellationToken = default)
    {
        if (!IsAt(stage))
        {
            return;
        }
        Console.Out.WriteLine($"test hold: {stage}");
        Console.Out.Flush();
        cancellationToken.WaitHandle.WaitOne(Longest);
    }

    /// <summary>
    /// How to start <paramref name="program"/> so it is certainly still running while the build is held at
    /// <paramref name="stage"/>: a small site is indexed in a tenth of a second, which a test could not reliably
    /// catch. Under the hold the program is started through a shell that stops itself (SIGSTOP) before it becomes
    /// the program; <see cref="Continue"/> lets it go on. Without the hold the program is started as it is.
    /// </summary>
    public static ProcessStartInfo StartInfo(string stage, string program)
    {
        if (!IsAt(stage))
        {
            return new ProcessStartInfo(program);
        }
        // "$@" runs the program with the arguments added after this, never through the shell's parsing.
        return new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "kill -STOP $$; exec \"$@\"", "held", program } };
    }

    /// <summary>After the hold, unless the build is stopping: lets a program started through <see cref="StartInfo"/> go on.</summary>
    public static void Continue(string stage, Process process, CancellationToken cancellationToken)
    {
        if (IsAt(stage) && !cancellationToken.IsCancellationRequested && !process.HasExited)
        {
            using var signal = Process.Start("/bin/sh", ["-c", "kill -CONT \"$1\"", "continue", process.Id.ToString(CultureInfo.InvariantCulture)]);
            signal.WaitForExit();
        }
    }
}
