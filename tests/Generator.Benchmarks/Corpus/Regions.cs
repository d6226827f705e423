namespace SendSite.Benchmarks.Corpus;

/// <summary>Ofsted's eight regions, with England's share of areas in each (London has the most).</summary>
public static class Regions
{
    public static readonly (string Name, int Weight)[] Weighted =
    [
        ("North East, Yorkshire and the Humber", 27), ("East Midlands", 10), ("East of England", 11), ("London", 33),
        ("North West", 24), ("South East", 19), ("South West", 15), ("West Midlands", 14),
    ];

    public static string Pick(Random random)
    {
        var roll = random.Next(Weighted.Sum(r => r.Weight));
        foreach (var (name, weight) in Weighted)
        {
            if (roll < weight)
            {
                return name;
            }
            roll -= weight;
        }
        return Weighted[^1].Name;
    }
}
