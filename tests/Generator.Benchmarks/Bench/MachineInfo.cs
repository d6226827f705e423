using System.Diagnostics;
using System.Globalization;

namespace SendSite.Benchmarks.Bench;

/// <summary>The machine the figures come from, as the report prints it: figures mean little without it.</summary>
public sealed record MachineInfo(int Processors, string Memory, string OperatingSystem, string DotnetVersion, string HugoVersion)
{
    public static MachineInfo Collect() => new(
        Environment.ProcessorCount,
        MemoryTotal(),
        OperatingSystemName(),
        FirstLine("dotnet", "--version"),
        File.Exists("/usr/bin/hugo") ? FirstLine("/usr/bin/hugo", "version") : "not installed");

    /// <summary>The 1, 5 and 15 minute load averages as the kernel prints them, or "unknown" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kib is null ? "unknown" : (long.Parse(kib, CultureInfo.InvariantCulture) / 1_048_576.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";
    }

    private static string OperatingSystemName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?[12..].Trim('"')
            : null;
        return $"{pretty ?? System.Runtime.InteropServices.RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}";
    }

    private static string FirstLine(string program, string argument)
    {
        try
        {
            var start = new ProcessStartInfo(program, argument) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text.Split('\n').FirstOrDefault()?.Trim() ?? "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }
}
