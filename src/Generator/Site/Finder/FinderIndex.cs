using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Finder;

/// <summary>
/// Builds the area finder's index from the published site: every area with its name, official name,
/// aliases, former names, council, district councils (in a county) and integrated care board. A former name shared by several areas is a
/// split ("formerly part of Cumbria"), so typing it offers every successor.
/// </summary>
public static class FinderIndex
{
    public static IReadOnlyList<FinderArea> Build(SiteModel site)
    {
        var areas = site.Areas.Select(a => a.Area).ToList();
        var sharedFormerKeys = areas
            .SelectMany(area => area.FormerNames.Select(f => FinderText.Normalise(f.Name)).Distinct(StringComparer.Ordinal))
            .GroupBy(key => key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);

        return
        [
            .. areas
                .OrderBy(area => area.Name, StringComparer.Ordinal)
                .ThenBy(area => area.Slug, StringComparer.Ordinal)
                .Select(area => Entry(area, sharedFormerKeys)),
        ];
    }

    private static FinderArea Entry(Area area, HashSet<string> sharedFormerKeys)
    {
        var candidates = new List<(FinderNameKind Kind, string Text)> { (FinderNameKind.Name, area.Name) };
        if (area.OfficialName is { } official)
        {
            candidates.Add((FinderNameKind.OfficialName, official));
        }
        candidates.AddRange(area.Aliases.Select(alias => (FinderNameKind.Alias, alias)));
        candidates.AddRange(area.FormerNames.Select(former => (
            sharedFormerKeys.Contains(FinderText.Normalise(former.Name)) ? FinderNameKind.FormerPart : FinderNameKind.FormerName,
            former.Name)));
        candidates.Add((FinderNameKind.Council, area.Council));
        candidates.AddRange(area.Districts.Select(district => (FinderNameKind.District, district)));
        candidates.Add((FinderNameKind.Icb, area.Icb));

        // The first (most preferred) way of writing each key wins: "St. Elvery's" adds nothing to "St Elvery's".
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<FinderName>();
        foreach (var (kind, text) in candidates)
        {
            var key = FinderText.Normalise(text);
            if (key.Length > 0 && seen.Add(key))
            {
                names.Add(new FinderName(kind, text, key));
            }
        }
        return new FinderArea(area.Name, SiteUrls.Area(area.Slug).TrimStart('/'), names);
    }
}
