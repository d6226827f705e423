namespace SendSite.Gate;

/// <summary>
/// One page of each distinct structure: pages of one template made of the same components share their markup
/// around the words, so a Tab walk through one of them stands for all. Any page with a combination of components
/// no other page has (a report with an inspection team and change notes, say) is walked itself. The first page
/// of a group in ordinal order stands for it, so the choice is the same from build to build (and the gate's
/// cache keeps working).
/// </summary>
public static class StructureSample
{
    /// <param name="preferred">Pages to choose first within their group when a group has any (the pull-request mode's changed pages).</param>
    public static IReadOnlyList<WalkedPage> Choose(IEnumerable<SitePage> pages, IReadOnlySet<string>? preferred = null) =>
    [
        .. pages
            .GroupBy(page => (page.Template, Components: string.Join('\n', page.Components ?? [])))
            .Select(group =>
            {
                var paths = group.Select(page => page.Path).Order(StringComparer.Ordinal).ToList();
                var chosen = paths.FirstOrDefault(path => preferred?.Contains(path) == true) ?? paths[0];
                return new WalkedPage(chosen, group.Key.Template, group.First().Components ?? [], paths.Count);
            })
            .OrderBy(walk => walk.Page, StringComparer.Ordinal),
    ];
}
