using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>
/// Finds the area a name in someone else's data means, by every name the registry knows for it: name,
/// official name, aliases and former names, compared in <see cref="AreaNames.Normalise"/> form. A former
/// name shared by two areas (Cumbria, Northamptonshire: split counties) matches both, which the caller
/// reports as ambiguous rather than guess.
/// </summary>
public sealed class AreaNameMatcher
{
    private readonly Dictionary<string, List<(Area Area, string MatchedName)>> byName = new(StringComparer.Ordinal);

    public AreaNameMatcher(IEnumerable<Area> areas)
    {
        foreach (var area in areas)
        {
            var names = new[] { area.Name, area.OfficialName }
                .Concat(area.Aliases)
                .Concat(area.FormerNames.Select(f => f.Name))
                .OfType<string>();
            foreach (var name in names)
            {
                var key = AreaNames.Normalise(name);
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }
                if (!list.Exists(c => c.Area.Slug == area.Slug))
                {
                    list.Add((area, name));
                }
            }
        }
    }

    public AreaMatch Find(string name) =>
        new(byName.TryGetValue(AreaNames.Normalise(name), out var list) ? list : []);
}
