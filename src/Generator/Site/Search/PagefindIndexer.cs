using SendSite.Domain.Model;

namespace SendSite.Site.Search;

/// <summary>
/// Runs Pagefind over the staging folder after every page is written and before the gate, so the gate checks
/// the search page with a working index. Pagefind reads only report and plan pages (the glob), and of those only
/// what is inside data-pagefind-body: pages exist only for published content, so embargoed and draft reports
/// cannot reach the index. Its output is content-addressed, so the same pages give byte-identical files.
/// The site is indexed in shards of whole areas (see <see cref="SearchShardPlanner"/>), one run after another,
/// and the search page merges them; a shard whose pages did not change since the build this one replaces is
/// copied from that build's output (see <see cref="SearchShardReuse"/>), or from the build's cache
/// (<see cref="SearchShardCache"/>), rather than indexed again.
/// </summary>
public static class PagefindIndexer
{
    /// <summary>
    /// The pages that are read: /areas/&lt;area&gt;/reports/&lt;id&gt;/, /areas/&lt;area&gt;/plans/&lt;id&gt;/, the national
    /// reports at /thematic/&lt;id&gt;/, and area pages, of which only the 2016-2022 history is marked for the index.
    /// </summary>
    public const string IndexedPagesGlob = "{areas/*/{index.html,{reports,plans}/*/index.html},thematic/*/index.html}";

    /// <summary>Pagefind refuses to build an empty index, so a site with nothing to index has none.</summary>
    public static bool HasPagesToIndex(SiteModel site) =>
        site.Reports.Any() || site.Plans.Any() || site.ThematicReports.Count > 0 || site.Areas.Any(area => area.EarlierInspections.Count > 0);

    /// <summary>Indexes every report and plan page of the site folder in one bundle.</summary>
    public static async Task<SearchIndexResult> RunAsync(string siteFolder, string nodeModulesFolder, CancellationToken cancellationToken = default)
    {
        var program = PagefindExecutable.Find(nodeModulesFolder);
        if (program is null)
        {
            return NotInstalled(nodeModulesFolder);
        }
        return await PagefindRun.RunAsync(program, siteFolder, SearchIndexLayout.BundleFolder, IndexedPagesGlob, cancellationToken);
    }

    /// <summary>
    /// Indexes the site's report and plan pages in shards of whole areas (at most <paramref name="pagesPerShard"/>
    /// pages each), one Pagefind run at a time so that only one shard's pages are ever in memory. A shard whose key
    /// (its pages' paths and bytes, the program and its arguments) matches a bundle in
    /// <paramref name="previousSiteFolder"/>, the output this build replaces, is copied from there instead.
    /// Failing that, one kept in <paramref name="cache"/> under the same key. Either way the bundle gets its manifest
    /// and is kept in the cache, so the next build can reuse it in turn.
    /// </summary>
    public static async Task<SearchIndexResult> RunAsync(string siteFolder, string nodeModulesFolder, SiteModel site, int pagesPerShard, string? previousSiteFolder, SearchShardCache? cache, CancellationToken cancellationToken = default)
    {
        var shards = SearchShardPlanner.Plan(site, pagesPerShard);
        var program = PagefindExecutable.Find(nodeModulesFolder);
        if (program is null)
        {
            return NotInstalled(nodeModulesFolder);
        }
        var pagefind = PagefindIdentity.Of(program);
        var indexed = 0;
        var reused = 0;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = SearchShardKey.Compute(siteFolder, shard, pagefind);
            keys.Add(key);
            var bundle = Path.Combine(siteFolder, shard.BundleFolder);
            if ((previousSiteFolder is not null && SearchShardReuse.TryCopy(previousSiteFolder, siteFolder, shard, key))
                || cache?.TryCopy(siteFolder, shard, key) == true)
            {
                reused++;
            }
            else
            {
                var run = await PagefindRun.RunAsync(program, siteFolder, shard.BundleFolder, shard.Glob, cancellationToken);
                if (!run.Success)
                {
                    return SearchIndexResult.Failed(shards.Count == 1 ? run.Failure! : $"Part {shard.Number} of {shards.Count} of the search index (areas {shard.AreaSlugs[0]} to {shard.AreaSlugs[^1]}): {run.Failure}");
                }
                if (shard.Number > 1)
                {
                    foreach (var file in SearchIndexLayout.FilesOnlyTheFirstShardNeeds.SelectMany(pattern => Directory.GetFiles(bundle, pattern)))
                    {
                        File.Delete(file);
                    }
                }
                SearchShardManifest.Of(bundle, key).WriteTo(bundle);
            }
            cache?.Keep(bundle, key);
            indexed += PagefindRun.CountPages(Path.Combine(bundle, PagefindRun.EntryFile));
        }
        cache?.KeepOnly(keys);
        if (SearchPageShardList.Check(siteFolder, shards) is { } pageProblem)
        {
            return SearchIndexResult.Failed(pageProblem);
        }
        return SearchIndexResult.Indexed(indexed, shards.Count, reused);
    }

    private static SearchIndexResult NotInstalled(string nodeModulesFolder) => SearchIndexResult.Failed(
        $"Pagefind is not installed: no pagefind program in {PagefindExecutable.ExpectedFolder(nodeModulesFolder)}. Run scripts/setup.sh, which runs npm ci.");
}
