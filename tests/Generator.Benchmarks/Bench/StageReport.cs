using System.Globalization;
using System.Text.RegularExpressions;

namespace SendSite.Benchmarks.Bench;

/// <summary>
/// Reads what send-site prints: the top-level stage lines of `--timings` ("  render   1234.5 ms"), its own
/// peak memory line ("  peak memory   812.3 MiB"), "Built N pages", and the gate's "scanning N of M pages".
/// </summary>
public static partial class StageReport
{
    public static IReadOnlyList<(string Stage, double Milliseconds)> Parse(string output) =>
        [.. StageLine().Matches(output).Select(m => (m.Groups["stage"].Value, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)))];

    /// <summary>One stage's time in milliseconds, or null when the run did not print it.</summary>
    public static double? Stage(string output, string stage) =>
        Parse(output).Where(s => s.Stage == stage).Select(s => (double?)s.Milliseconds).FirstOrDefault();

    public static int PagesBuilt(string output) =>
        BuiltLine().Match(output) is { Success: true } match ? int.Parse(match.Groups["pages"].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>How many pages send-site's Pagefind indexed ("Indexed N pages for search"; before, "Indexed N reports and plans"), or 0.</summary>
    public static int PagesIndexed(string output) =>
        IndexedLine().Match(output) is { Success: true } match ? int.Parse(match.Groups["pages"].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>The generator process's own peak memory in MiB (not its Pagefind child's), or null.</summary>
    public static double? PeakMemoryMiB(string output) =>
        PeakLine().Match(output) is { Success: true } match ? double.Parse(match.Groups["mib"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>How many pages the gate scanned in a browser, or 0 when it printed no count.</summary>
    public static int GateScannedPages(string output) =>
        GateLine().Match(output) is { Success: true } match ? int.Parse(match.Groups["pages"].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^  (?<stage>[a-z][a-z -]*?)\s+(?<ms>[\d.]+) ms$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"Built (?<pages>\d+) pages")]
    private static partial Regex BuiltLine();

    [GeneratedRegex(@"Indexed (?<pages>\d+) (?:pages for search|reports and plans)")]
    private static partial Regex IndexedLine();

    [GeneratedRegex(@"^  peak memory\s+(?<mib>[\d.]+) MiB$", RegexOptions.Multiline)]
    private static partial Regex PeakLine();

    [GeneratedRegex(@"gate: scanning (?<pages>\d+) of \d+ pages")]
    private static partial Regex GateLine();
}
