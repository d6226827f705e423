using System.CommandLine;
using System.Globalization;

namespace SendSite.Tools.Commands;

/// <summary>Options shared by several commands, and their parsing into values with clear messages.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input")
    {
        Description = "The folder with site.yml, areas.yml, reports/, plans/ and pages/.",
        DefaultValueFactory = _ => "input",
    };

    /// <summary>--timings: print how long each stage took and the peak memory, for the benchmark and for people.</summary>
    public static Option<bool> Timings() => new("--timings")
    {
        Description = "Print how long each stage took (load, validate, model, render, write, markdown, search index, gate, promote) and the peak memory.",
    };

    /// <summary>
    /// --now: the clock the build publishes at, so builds are repeatable. Only when it is absent does the
    /// generator read the wall clock.
    /// </summary>
    public static Option<string?> Now() => new("--now")
    {
        Description = "The instant to publish at, ISO 8601 (e.g. 2026-11-23T09:00:00Z). Default: now.",
    };

    public static bool TryParseNow(string? text, out DateTimeOffset now, out string? error)
    {
        error = null;
        if (text is null)
        {
            now = DateTimeOffset.UtcNow;
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out now))
        {
            return true;
        }
        error = $"--now '{text}' is not an ISO 8601 date or instant; write it like 2026-11-23T09:00:00Z.";
        return false;
    }
}
