using SendSite.Model;

namespace SendSite.Search;

/// <summary>
/// Runs Pagefind over the staging folder after every page is written and before the gate, so the gate checks
/// the search page with a working index. Pagefind reads only report and plan pages (the glob), and of those only
/// what is inside data-pagefind-body: pages exist only for published content, so embargoed and draft reports
/// cannot reach the index. Its output is content-addressed, so the same pages give byte-identical files.
/// A site with more pages than one run should hold is indexed in shards (see <see cref="SearchShardPlanner"/>),
/// one run after another, and the search page merges them.
/// </summary>
public static class PagefindIndexer
{
    /// <summary>The pages that are indexed: /areas/&lt;area&gt;/reports/&lt;id&gt;/ and /areas/&lt;area&gt;/plans/&lt;id&gt;/.</summary>
    public const string IndexedPagesGlob = "areas/*/{reports,plans}/*/index.html";

    /// <summary>
    /// What a merged shard's bundle does not need: the search page imports only the first shard's script, and
    /// Pagefind's script runs every shard with the first shard's worker and WebAssembly (wasm.&lt;language&gt;.pagefind).
    /// </summary>
    private static readonly string[] FilesOnlyTheFirstShardNeeds = ["pagefind.js", "pagefind-worker.js", "wasm.*.pagefind"];

    /// <summary>Pagefind refuses to build an empty index, so a site with no published report or plan has none.</summary>
    public static bool HasPagesToIndex(SiteModel site) => site.Reports.Any() || site.Plans.Any();

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
    /// Indexes the site's report and plan pages in shards of at most <paramref name="pagesPerShard"/> pages (whole
    /// areas each), one Pagefind run at a time so that only one shard's pages are ever in memory. A site that fits
    /// in one shard is indexed exactly as <see cref="RunAsync(string, string, CancellationToken)"/> does.
    /// </summary>
    public static async Task<SearchIndexResult> RunAsync(string siteFolder, string nodeModulesFolder, SiteModel site, int pagesPerShard, CancellationToken cancellationToken = default)
    {
        var shards = SearchShardPlanner.Plan(site, pagesPerShard);
        if (shards.Count <= 1)
        {
            return await RunAsync(siteFolder, nodeModulesFolder, cancellationToken);
        }
        var program = PagefindExecutable.Find(nodeModulesFolder);
        if (program is null)
        {
            return NotInstalled(nodeModulesFolder);
        }
        var indexed = 0;
        foreach (var shard in shards)
        {
            var run = await PagefindRun.RunAsync(program, siteFolder, shard.BundleFolder, shard.Glob, cancellationToken);
            if (!run.Success)
            {
                return SearchIndexResult.Failed($"Part {shard.Number} of {shards.Count} of the search index (areas {shard.AreaSlugs[0]} to {shard.AreaSlugs[^1]}): {run.Failure}");
            }
            indexed += run.IndexedPages;
            if (shard.Number > 1)
            {
                var bundle = Path.Combine(siteFolder, shard.BundleFolder);
                foreach (var file in FilesOnlyTheFirstShardNeeds.SelectMany(pattern => Directory.GetFiles(bundle, pattern)))
                {
                    File.Delete(file);
                }
            }
        }
        var pageProblem = SearchPageShardList.Write(siteFolder, shards.Skip(1));
        return pageProblem is null ? SearchIndexResult.Indexed(indexed) : SearchIndexResult.Failed(pageProblem);
    }

    private static SearchIndexResult NotInstalled(string nodeModulesFolder) => SearchIndexResult.Failed(
        $"Pagefind is not installed: no pagefind program in {PagefindExecutable.ExpectedFolder(nodeModulesFolder)}. Run scripts/setup.sh, which runs npm ci.");
}
