using System.Collections.Concurrent;

namespace SendSite.Gate;

/// <summary>
/// The pull-request mode's choice of pages: those of a new build that are not byte for byte the same as in an
/// earlier build of the site (the base branch's), or that load a file (stylesheet, script, image) which is not.
/// A page whose bytes did not change and whose subresources did not change renders the same in the browser, so
/// the earlier build's gate already covered it. Links (<c>a</c>, <c>area</c>, <c>form</c>, and link elements
/// such as feeds) are not subresources: the page does not change when the page it links to does.
/// </summary>
public static class ChangedPages
{
    /// <summary>Site-relative paths of the pages (not redirects) that are new or differ from <paramref name="baseDirectory"/>, sorted.</summary>
    public static IReadOnlyList<string> Find(string siteDirectory, string baseDirectory, IReadOnlyList<SitePage> pages, string basePath = "/")
    {
        var differs = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        bool Differs(string path) => differs.GetOrAdd(path, file => !SameBytes(Path.Combine(siteDirectory, file), Path.Combine(baseDirectory, file)));

        var changed = new ConcurrentBag<string>();
        Parallel.ForEach(pages.Where(page => !page.IsRedirect), page =>
        {
            if (Differs(page.Path) || PageSubresources.Of(siteDirectory, page, basePath).Any(Differs))
            {
                changed.Add(page.Path);
            }
        });
        return [.. changed.Order(StringComparer.Ordinal)];
    }

    private static bool SameBytes(string file, string baseFile)
    {
        var info = new FileInfo(baseFile);
        if (!info.Exists || info.Length != new FileInfo(file).Length)
        {
            return false;
        }
        // Pages are tens of kilobytes: reading both whole is simpler than streaming and as fast.
        return File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(baseFile));
    }
}
