using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>
/// The A to Z of areas, the way to every area without JavaScript: one group per first letter, and on the home
/// page a few links to runs of letters. A run holds about the square root of the number of areas, so the
/// Tabs to reach a run and then an area inside it stay few (14 areas: at most 4 runs of about 4).
/// </summary>
public static class AlphabetViews
{
    public static IReadOnlyList<LetterGroupView> Letters(SiteModel site) =>
        [.. site.Areas
            .OrderBy(a => a.Area.Name, StringComparer.Ordinal)
            .GroupBy(a => FirstLetter(a.Area.Name))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, "letter-" + g.Key.ToLowerInvariant(), [.. g.Select(AreaViews.Summary)]))];

    /// <summary>Runs of consecutive letters, each linking to the first letter's group on the areas page.</summary>
    public static IReadOnlyList<LinkView> Runs(IReadOnlyList<LetterGroupView> letters)
    {
        var total = letters.Sum(l => l.Areas.Count);
        var target = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(total)));
        var runs = new List<LinkView>();
        var start = 0;
        while (start < letters.Count)
        {
            var end = start;
            var count = letters[start].Areas.Count;
            while (count < target && end + 1 < letters.Count)
            {
                end++;
                count += letters[end].Areas.Count;
            }
            var text = end == start ? letters[start].Letter : $"{letters[start].Letter} to {letters[end].Letter}";
            runs.Add(new LinkView(text, SiteUrls.Areas + "#" + letters[start].Anchor));
            start = end + 1;
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
