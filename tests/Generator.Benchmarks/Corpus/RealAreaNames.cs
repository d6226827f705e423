using System.Text.RegularExpressions;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// Every name in the registry of England's real local areas (names, official names, councils). Fictional
/// areas must never be mistaken for real ones, so a generated name that matches one is skipped.
/// </summary>
public static partial class RealAreaNames
{
    private static readonly Lazy<HashSet<string>> Names = new(Load);

    public static bool Contains(string name) => Names.Value.Contains(name);

    private static HashSet<string> Load()
    {
        using var stream = typeof(RealAreaNames).Assembly.GetManifestResourceStream("SendSite.Benchmarks.england-local-areas.yml")
            ?? throw new InvalidOperationException("The real areas' registry is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var match = NameLine().Match(line);
            if (match.Success)
            {
                var value = match.Groups["value"].Value.Trim().Trim('"');
                names.Add(value);
                // "Bristol, City of" is also known as "Bristol": both forms are real.
                names.Add(value.Split(',')[0].Trim());
            }
        }
        return names;
    }

    [GeneratedRegex(@"^\s+-?\s*(name|official_name|council):\s*(?<value>.+)$")]
    private static partial Regex NameLine();
}
