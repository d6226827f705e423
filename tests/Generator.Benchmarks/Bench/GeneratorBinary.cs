using System.Diagnostics;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// The send-site dll the benchmark measures: the ReadyToRun publish of scripts/publish-generator.sh (what
/// build.sh and the lead's runs use), or the dll given with --generator. Never the JIT-only Release build,
/// whose start-up compiling would be counted as build time.
/// </summary>
public static class GeneratorBinary
{
    /// <summary>The dll and a description for the report, or null after printing why there is none.</summary>
    public static (string Dll, string Description)? Resolve(string? given, string repository, TextWriter log)
    {
        if (given is not null)
        {
            return (given, $"{given} (given with --generator)");
        }
        log.WriteLine("Publishing the generator (scripts/publish-generator.sh, ReadyToRun)...");
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, "scripts", "publish-generator.sh")])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var printed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var said = errors.Result;
        log.Write(said);
        var dll = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || dll is null || !File.Exists(dll))
        {
            log.WriteLine($"scripts/publish-generator.sh failed (exit {process.ExitCode}); fix the build or give --generator PATH.");
            return null;
        }
        // The script falls back to a plain (JIT) publish where no ReadyToRun compiler can be restored: say so.
        var how = said.Contains("ReadyToRun publish failed", StringComparison.Ordinal)
            ? "plain Release publish: the ReadyToRun publish FAILED, start-up JIT is included"
            : "ReadyToRun, published by scripts/publish-generator.sh";
        return (dll, $"{dll} ({how})");
    }
}
