using System.Diagnostics;
using System.Globalization;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// One timed run of a command as a child process: wall time from start to exit; from GNU time, CPU time
/// (user + system: much steadier than wall time on a shared, busy machine) and peak resident memory (%M, the
/// kernel's maxrss of the child, so the same measure for send-site and Hugo); and the output.
/// </summary>
public sealed record ChildRun(TimeSpan Wall, double CpuSeconds, long PeakKiB, string Output, int ExitCode)
{
    private const string GnuTime = "/usr/bin/time";

    public static ChildRun Start(string program, IReadOnlyList<string> arguments, string workingFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var memoryFile = Path.GetTempFileName();
        var measured = File.Exists(GnuTime);
        var start = new ProcessStartInfo(measured ? GnuTime : program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        if (measured)
        {
            foreach (var part in new[] { "-f", "%M %U %S", "-o", memoryFile, program })
            {
                start.ArgumentList.Add(part);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed;
        var text = output.Result + errors.Result;
        long peak = 0;
        double cpu = 0;
        var lines = measured ? File.ReadAllLines(memoryFile) : [];
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        var figures = lines.Length > 0 ? lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (figures.Length == 3)
        {
            peak = long.Parse(figures[0], CultureInfo.InvariantCulture);
            cpu = double.Parse(figures[1], CultureInfo.InvariantCulture) + double.Parse(figures[2], CultureInfo.InvariantCulture);
        }
        File.Delete(memoryFile);
        return new ChildRun(wall, cpu, peak, text, process.ExitCode);
    }
}
