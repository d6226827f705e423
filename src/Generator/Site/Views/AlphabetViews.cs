using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>
/// The A to Z of areas, the way to every area without JavaScript: one group per first letter, and on the home
/// page a few links to runs of areas, named like a dictionary's guide words ("Salford to Sheffield"). The runs
/// are of equal size, about the square root of the number of areas, so the Tabs to reach a run and then an area
/// inside it stay few: 14 areas make 4 runs of about 4; England's 153 make 12 runs of 13, where runs split by
/// first letter held up to 35 (the letter S alone has 23 areas).
/// </summary>
public static class AlphabetViews
{
    public static IReadOnlyList<LetterGroupView> Letters(SiteModel site) =>
        [.. site.Areas
            .OrderBy(a => a.Area.Name, StringComparer.Ordinal)
            .GroupBy(a => FirstLetter(a.Area.Name))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, "letter-" + g.Key.ToLowerInvariant(), [.. g.Select(a => AreaViews.Summary(a) with { Anchor = "area-" + a.Area.Slug })]))];

    /// <summary>
    /// Runs of consecutive areas in alphabetical order, each linking to its first area on the areas page (to the
    /// letter's heading when the run starts a letter, so the heading is read first).
    /// </summary>
    public static IReadOnlyList<LinkView> Runs(IReadOnlyList<LetterGroupView> letters)
    {
        var areas = letters.SelectMany(l => l.Areas.Select((area, i) => (Area: area, LetterAnchor: i == 0 ? l.Anchor : null))).ToList();
        if (areas.Count == 0)
        {
            return [];
        }
        var runCount = Math.Max(1, (int)Math.Round(Math.Sqrt(areas.Count)));
        var runs = new List<LinkView>();
        for (var run = 0; run < runCount; run++)
        {
            // Integer division spreads the remainder across the runs, so no two differ by more than one area.
            var from = run * areas.Count / runCount;
            var to = (run + 1) * areas.Count / runCount - 1;
            var (first, letterAnchor) = areas[from];
            var last = areas[to].Area;
            var text = from == to ? first.Name : $"{first.Name} to {last.Name}";
            runs.Add(new LinkView(text, SiteUrls.Areas + "#" + (letterAnchor ?? first.Anchor)));
        }
        return runs;
    }

    // The letter an area is listed under: its name's first letter without accents ("Évêque" under E).
    private static string FirstLetter(string name)
    {
        var first = SendSite.Site.Finder.FinderText.Normalise(name);
        return first.Length == 0 ? "#" : char.ToUpperInvariant(first[0]).ToString();
    }
}
