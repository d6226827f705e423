namespace SendSite.Site.Finder;

/// <summary>
/// Which of an area's names a finder entry is, in the order the finder prefers them when two names of one
/// area match equally well. The short code is what finder.json and the browser script use.
/// </summary>
public enum FinderNameKind
{
    Name,
    OfficialName,
    Alias,
    FormerName,
    FormerPart,
    Council,
    District,
    Icb,
}
