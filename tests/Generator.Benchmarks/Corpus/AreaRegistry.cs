using System.Globalization;
using System.Text;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// The fictional areas of a corpus and their areas.yml. Neighbouring areas share an integrated care board
/// (one to three areas to a board, as in England) and therefore a region.
/// </summary>
public static class AreaRegistry
{
    public static IReadOnlyList<FictionalArea> Create(int count, int seed)
    {
        var names = AreaNames.Pick(count, seed);
        var random = new Random(unchecked(seed * 31 + 7));
        var areas = new List<FictionalArea>(count);
        var index = 0;
        while (index < count)
        {
            var groupSize = Math.Min(count - index, 1 + random.Next(3));
            var region = Regions.Pick(random);
            var group = names.Skip(index).Take(groupSize).ToList();
            var icb = $"NHS {JoinNames(group)} Integrated Care Board";
            foreach (var name in group)
            {
                var council = region == "London" ? $"London Borough of {name}" : $"{name} {CouncilKinds[random.Next(CouncilKinds.Length)]}";
                areas.Add(new FictionalArea(
                    index,
                    Slug(name),
                    name,
                    "E99" + (index + 1).ToString("D6", CultureInfo.InvariantCulture),
                    region,
                    council,
                    icb));
                index++;
            }
        }
        return areas;
    }

    public static string ToYaml(IReadOnlyList<FictionalArea> areas)
    {
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=../src/Generator/Schemas/areas.schema.json\n");
        yaml.Append("# A benchmark corpus: every area here is fictional. The E99 codes are not real ONS codes.\n");
        yaml.Append("areas:\n");
        foreach (var area in areas)
        {
            yaml.Append("  - slug: ").Append(area.Slug).Append('\n');
            yaml.Append("    name: ").Append(area.Name).Append('\n');
            yaml.Append("    code: ").Append(area.Code).Append('\n');
            yaml.Append("    region: ").Append(Yaml.Quote(area.Region)).Append('\n');
            yaml.Append("    council: ").Append(area.Council).Append('\n');
            yaml.Append("    icb: ").Append(area.Icb).Append('\n');
            yaml.Append("    owners:\n");
            yaml.Append("      - \"@sample-org/").Append(area.Slug).Append("-send\"\n");
        }
        return yaml.ToString();
    }

    public static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static readonly string[] CouncilKinds = ["Council", "County Council", "Borough Council", "Metropolitan Borough Council", "City Council"];

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}",
    };
}
