using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendSite.Tests.Support;

/// <summary>
/// The built generator (src/Generator/bin/Release, made by the solution build that runs before the tests) started
/// as a child process, for tests that kill it or run two at once. Its output is collected line by line so a test
/// can wait for a stage; every wait is bounded.
/// </summary>
public sealed class GeneratorProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly SemaphoreSlim lineArrived = new(0);

    private GeneratorProcess(Process process)
    {
        this.process = process;
    }

    private static readonly Lazy<string> CopiedProgram = new(CopyProgram);

    /// <summary>
    /// The generator as built for this test run, copied once to a folder of its own, so a rebuild of the solution
    /// while the tests run cannot swap the program under them.
    /// </summary>
    public static string Program => CopiedProgram.Value;

    private static string CopyProgram()
    {
        var built = RepositoryRoot.Combine("src", "Generator", "bin", "Release", "net10.0");
        var copy = Directory.CreateTempSubdirectory("send-site-program-").FullName;
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(copy, recursive: true);
        return Path.Combine(copy, "send-site.dll");
    }

    public int Id => process.Id;

    public static GeneratorProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var generator = new GeneratorProcess(Process.Start(start)!);
        generator.process.OutputDataReceived += (_, e) => generator.Add(e.Data);
        generator.process.ErrorDataReceived += (_, e) => generator.Add(e.Data);
        generator.process.BeginOutputReadLine();
        generator.process.BeginErrorReadLine();
        return generator;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
            lineArrived.Release();
        }
    }

    public string Output => string.Join("\n", lines);

    /// <summary>Waits until a line contains <paramref name="text"/>; fails the test after <paramref name="timeout"/>.</summary>
    public async Task WaitForLine(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero || process.HasExited && !await lineArrived.WaitAsync(TimeSpan.FromMilliseconds(200)))
            {
                throw new TimeoutException($"The generator did not say \"{text}\" within {timeout.TotalSeconds} s (exited: {process.HasExited}). It said:\n{Output}");
            }
            await lineArrived.WaitAsync(left < TimeSpan.FromMilliseconds(500) ? left : TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Sends a signal (SIGKILL or SIGTERM) by the kill program, as a supervisor or a person would.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExit(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit(); // the output's last lines
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
        lineArrived.Dispose();
    }
}
