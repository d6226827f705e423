namespace SendSite.Gate;

/// <summary>
/// Which pages get which scans. Axe and the reflow measurement run on every page (or, for a pull request, the
/// pages it names). The slower Tab walk (keyboard, skip link) and the no-JavaScript check run on one page of each
/// distinct structure (<see cref="StructureSample"/>: template and components), or on every page when there are
/// few.
/// </summary>
/// <param name="AxePages">Pages opened in the browser: axe and reflow, sorted.</param>
/// <param name="DeepPages">The subset that also gets the Tab walk, the skip link and the no-JavaScript checks.</param>
/// <param name="Unknown">Pages asked for that are not in the site.</param>
/// <param name="Walks">The deep pages, each with the structure it stands for.</param>
public sealed record PageSelection(
    IReadOnlyList<string> AxePages, IReadOnlySet<string> DeepPages, IReadOnlyList<string> Unknown, IReadOnlyList<WalkedPage> Walks)
{
    /// <summary>Up to this many pages, every page gets every check.</summary>
    public const int FewPages = 20;

    private const string IndexFile = "index.html";

    public static PageSelection Choose(IReadOnlyList<SitePage> allPages, IReadOnlyCollection<string>? onlyPages)
    {
        var pages = allPages.Where(page => !page.IsRedirect).ToList();
        var known = pages.Select(page => page.Path).ToHashSet(StringComparer.Ordinal);
        var perTemplate = pages
            .GroupBy(page => page.Template, StringComparer.Ordinal)
            .Select(group => group.Select(page => page.Path).Min(StringComparer.Ordinal)!)
            .ToHashSet(StringComparer.Ordinal);

        if (onlyPages is null)
        {
            var all = pages.Select(page => page.Path).Order(StringComparer.Ordinal).ToList();
            var walks = all.Count <= FewPages ? EveryPage(pages) : StructureSample.Choose(pages);
            return new PageSelection(all, Deep(walks), [], walks);
        }

        var asked = onlyPages.Select(Normalise).Distinct(StringComparer.Ordinal).ToList();
        var unknown = asked.Where(path => !known.Contains(path)).Order(StringComparer.Ordinal).ToList();
        var chosen = asked.Where(known.Contains).Concat(perTemplate).ToHashSet(StringComparer.Ordinal);
        var chosenWalks = EveryPage(pages.Where(page => chosen.Contains(page.Path)));
        return new PageSelection([.. chosen.Order(StringComparer.Ordinal)], chosen, unknown, chosenWalks);
    }

    /// <summary>
    /// The pull-request mode: axe and reflow on every changed page; the Tab walks on the changed pages, or on one
    /// changed page of each structure among them when more than <see cref="FewPages"/> changed, as the full gate
    /// chooses. An unchanged page serves the same bytes and loads the same files as the earlier build, whose gate
    /// already checked it, so no unchanged page is opened, not even one per template: whatever a shared file (a
    /// stylesheet, a script) changes, every page loading it is a changed page.
    /// </summary>
    /// <param name="changed">Site-relative pages that are new or differ from the earlier build.</param>
    public static PageSelection ChooseChanged(IReadOnlyList<SitePage> allPages, IReadOnlyCollection<string> changed)
    {
        var isChanged = changed.ToHashSet(StringComparer.Ordinal);
        var pages = allPages.Where(page => !page.IsRedirect).ToList();
        var changedPages = pages.Where(page => isChanged.Contains(page.Path)).ToList();
        var axe = changedPages.Select(page => page.Path).Order(StringComparer.Ordinal).ToList();
        var walks = changedPages.Count <= FewPages ? EveryPage(changedPages) : StructureSample.Choose(changedPages);
        var known = pages.Select(page => page.Path).ToHashSet(StringComparer.Ordinal);
        var unknown = isChanged.Where(path => !known.Contains(path)).Order(StringComparer.Ordinal).ToList();
        return new PageSelection(axe, Deep(walks), unknown, walks);
    }

    private static List<WalkedPage> EveryPage(IEnumerable<SitePage> pages) =>
        [.. pages.OrderBy(page => page.Path, StringComparer.Ordinal).Select(page => new WalkedPage(page.Path, page.Template, page.Components ?? [], 1))];

    private static HashSet<string> Deep(IEnumerable<WalkedPage> walks) =>
        walks.Select(walk => walk.Page).ToHashSet(StringComparer.Ordinal);

    /// <summary>Accepts the forms people type: a leading slash, backslashes, a folder meaning its index.html.</summary>
    public static string Normalise(string path)
    {
        var clean = path.Trim().Replace('\\', '/').TrimStart('/');
        if (clean.StartsWith("./", StringComparison.Ordinal))
        {
            clean = clean[2..];
        }
        return clean.Length == 0 || clean.EndsWith('/') ? clean + IndexFile
            : Path.HasExtension(clean) ? clean
            : clean + "/" + IndexFile;
    }
}
