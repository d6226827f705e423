namespace SendSite.Site.Finder;

/// <summary>The short codes of <see cref="FinderNameKind"/> in finder.json, read by area-finder-match.js.</summary>
public static class FinderNameKinds
{
    public static string Code(FinderNameKind kind) => kind switch
    {
        FinderNameKind.Name => "name",
        FinderNameKind.OfficialName => "official",
        FinderNameKind.Alias => "alias",
        FinderNameKind.FormerName => "former",
        FinderNameKind.FormerPart => "part",
        FinderNameKind.Council => "council",
        FinderNameKind.District => "district",
        FinderNameKind.Icb => "icb",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A finder name kind without a code."),
    };
}
