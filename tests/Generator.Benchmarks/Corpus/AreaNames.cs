namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// Makes up place names from invented parts ("Kesterholt Vale"). Every combination is listed in a fixed
/// order, shuffled with the seed, and any that is the name of a real area is dropped.
/// </summary>
public static class AreaNames
{
    private static readonly string[] Firsts =
    [
        "Tallow", "Kester", "Mardel", "Oxen", "Hollin", "Wren", "Ravens", "Grey", "Larks", "Sallow", "Elver", "Quill",
        "Brindle", "Fennick", "Garth", "Thistle", "Umber", "Vell", "Yarrow", "Zeal", "Amber", "Bracken", "Cinder", "Dunnock",
        "Ember", "Fallow", "Gorse", "Heron", "Ivel", "Juniper", "Kettle", "Linden", "Merrow", "Nettle", "Orrin", "Pebble",
        "Quarrel", "Rook", "Sorrel", "Teasel", "Ullin", "Vetch", "Willow", "Yewen", "Alder", "Bramble", "Corrie", "Damson",
    ];

    private static readonly string[] Seconds =
    [
        "ford", "moor", "mere", "wick", "holt", "combe", "bury", "ton", "ham", "ley", "stead", "worth", "by", "thorpe",
        "field", "bridge", "dale", "hurst", "well", "wood", "cote", "den", "gate", "haven", "marsh", "stow", "water",
        "brook", "croft", "hythe", "lowe", "shaw",
    ];

    private static readonly string[] Qualifiers =
    [
        "", " Vale", " Downs", " Heath", " Marsh", " Fells", " Weald", " Levels", " Reach", " Chase", " Hundred", " Forest",
    ];

    public static int Capacity => Firsts.Length * Seconds.Length * Qualifiers.Length;

    public static IReadOnlyList<string> Pick(int count, int seed)
    {
        var all = new List<string>(Capacity);
        foreach (var qualifier in Qualifiers)
        {
            foreach (var first in Firsts)
            {
                foreach (var second in Seconds)
                {
                    all.Add(first + second + qualifier);
                }
            }
        }
        // The plain names first, so small corpora read naturally; each group is shuffled on its own.
        var random = new Random(seed);
        var groupSize = Firsts.Length * Seconds.Length;
        for (var group = 0; group < Qualifiers.Length; group++)
        {
            Shuffle(all, group * groupSize, groupSize, random);
        }
        var picked = all.Where(name => !RealAreaNames.Contains(name)).Take(count).ToList();
        if (picked.Count < count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Only {picked.Count} fictional names can be made; {count} were asked for.");
        }
        return picked;
    }

    private static void Shuffle(List<string> items, int start, int length, Random random)
    {
        for (var i = length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[start + i], items[start + j]) = (items[start + j], items[start + i]);
        }
    }
}
