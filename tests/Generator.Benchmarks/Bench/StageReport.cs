using System.Globalization;
using System.Text.RegularExpressions;

namespace SendSite.Benchmarks.Bench;

/// <summary>Reads the top-level stage lines of send-site's `--timings` output ("  render   1234.5 ms").</summary>
public static partial class StageReport
{
    public static IReadOnlyList<(string Stage, double Milliseconds)> Parse(string output) =>
        [.. StageLine().Matches(output).Select(m => (m.Groups["stage"].Value, double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)))];

    public static int PagesBuilt(string output) =>
        BuiltLine().Match(output) is { Success: true } match ? int.Parse(match.Groups["pages"].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^  (?<stage>[a-z][a-z -]*?)\s+(?<ms>[\d.]+) ms$", RegexOptions.Multiline)]
    private static partial Regex StageLine();

    [GeneratedRegex(@"Built (?<pages>\d+) pages")]
    private static partial Regex BuiltLine();
}
