using System.Text.RegularExpressions;
using SendSite.Site.Building;
using SendSite.Site.Search;
using SendSite.Tests.Support;

namespace SendSite.Tests.Search;

/// <summary>
/// The search index step of a build, without a browser: what is marked for indexing, where the bundle goes,
/// a site with nothing to index, and a missing Pagefind. (What the index finds is tested in the browser.)
/// </summary>
public sealed class PagefindIndexerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private async Task<BuildResult> BuildAsync(string input, string output = "output", int shardPages = SearchShardPlanner.DefaultPagesPerShard) =>
        await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false, SearchShardPages = shardPages }, TextWriter.Null);

    private string Read(string relative) => File.ReadAllText(folder.Combine("output", relative));

    [Fact]
    public async Task Only_report_and_plan_pages_are_marked_for_the_index_with_their_filters()
    {
        var result = await BuildAsync(SampleInput.WriteTo(folder));

        Assert.True(result.Success, result.Failure);
        var report = Read("areas/southmere/reports/2024-01-15-full-inspection/index.html");
        Assert.Contains("data-pagefind-body", report);
        Assert.Contains("data-search-area=\"Southmere\"", report);
        Assert.Contains("data-search-region=\"South West\"", report);
        Assert.Contains("data-search-type=\"Full inspection\"", report);
        Assert.Contains("data-search-outcome=\"Widespread and/or systemic failings\"", report);
        Assert.Contains("<header class=\"app-header\" data-pagefind-ignore>", report);

        var plan = Read("areas/southmere/plans/2024-05-20-priority-action-plan/index.html");
        Assert.Contains("data-pagefind-body", plan);
        Assert.Contains("data-search-type=\"Priority action plan\"", plan);
        Assert.DoesNotContain("data-search-outcome", plan);

        foreach (var page in new[] { "index.html", "areas/index.html", "areas/southmere/index.html", "about/index.html", "outcomes/index.html", "search/index.html" })
        {
            Assert.DoesNotContain("data-pagefind-body", Read(page));
        }
    }

    [Fact]
    public async Task The_index_is_written_beside_the_search_page_without_pagefinds_own_interfaces()
    {
        await BuildAsync(SampleInput.WriteTo(folder));

        var bundle = folder.Combine("output", "search", "pagefind");
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind.js")));
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-entry.json")));
        Assert.Contains("\"page_count\":4", File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json"))); // 3 reports, 1 plan
        foreach (var unused in SearchIndexLayout.UnusedBundleFiles)
        {
            Assert.False(File.Exists(Path.Combine(bundle, unused)), $"{unused} should have been removed");
        }
        Assert.Contains("data-bundle=\"pagefind/pagefind.js\"", Read("search/index.html"));
        Assert.Contains("data-site-root=\"../\"", Read("search/index.html"));
        Assert.DoesNotContain(SearchPageShardList.Attribute, Read("search/index.html"));
        Assert.Empty(Directory.GetDirectories(folder.Combine("output", "search"), "pagefind-*"));
    }

    [Fact]
    public async Task A_site_with_more_pages_than_the_bound_is_indexed_in_shards_that_the_search_page_names()
    {
        var input = SampleInput.WriteTo(folder);

        var result = await BuildAsync(input, shardPages: 1);
        var again = await BuildAsync(input, "again", shardPages: 1);

        Assert.True(result.Success && again.Success, result.Failure ?? again.Failure);
        var search = folder.Combine("output", "search");
        var bundles = Directory.GetDirectories(search).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["pagefind", "pagefind-2"], bundles); // northby has 1 page, southmere 3
        var pages = bundles.Sum(bundle => int.Parse(Regex.Match(File.ReadAllText(Path.Combine(search, bundle!, "pagefind-entry.json")), "\"page_count\":(\\d+)").Groups[1].Value));
        Assert.Equal(4, pages);
        Assert.Contains("data-bundle=\"pagefind/pagefind.js\" data-merge-bundles=\"pagefind-2/\"", Read("search/index.html"));
        Assert.Empty(Directory.GetFiles(Path.Combine(search, "pagefind-2"), "*.js")); // only the first shard's script and worker run
        Assert.Empty(Directory.GetFiles(Path.Combine(search, "pagefind-2"), "wasm.*")); // and its WebAssembly
        Assert.True(File.Exists(Path.Combine(search, "pagefind-2", "pagefind-entry.json")));

        // Same input, same bytes: the shards and the page that names them.
        foreach (var file in Directory.GetFiles(search, "*", SearchOption.AllDirectories))
        {
            var twin = folder.Combine("again", "search", Path.GetRelativePath(search, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(twin)), $"{file} differs between two builds");
        }
    }

    [Fact]
    public async Task A_site_with_nothing_published_has_no_index_and_its_search_page_says_so()
    {
        var input = SampleInput.WriteTo(folder);
        Directory.Delete(folder.Combine("input", "reports"), recursive: true);
        Directory.Delete(folder.Combine("input", "plans"), recursive: true);

        var result = await BuildAsync(input);

        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(folder.Combine("output", "search", "pagefind")));
        var page = Read("search/index.html");
        Assert.Contains("No reports or plans have been published yet", page);
        Assert.DoesNotContain("search.js", page);
    }

    [Fact]
    public async Task Without_pagefind_installed_indexing_fails_with_one_line_that_says_how_to_fix_it()
    {
        var site = folder.Write("site/areas/a/reports/r/index.html", "<html><body><main data-pagefind-body><p>words</p></main></body></html>");

        var result = await PagefindIndexer.RunAsync(Path.GetDirectoryName(site)!, folder.Combine("empty-node-modules"));

        Assert.False(result.Success);
        Assert.StartsWith("Pagefind is not installed", result.Failure);
        Assert.Contains("scripts/setup.sh", result.Failure);
        Assert.DoesNotContain("\n", result.Failure);
    }

    [Fact]
    public async Task Pagefind_indexes_a_site_folder_and_counts_its_pages()
    {
        folder.Write("site/areas/a/reports/r/index.html", "<html lang=\"en\"><body><main data-pagefind-body><h1>Report</h1><p>Riverbank words</p></main></body></html>");
        folder.Write("site/areas/a/plans/p/index.html", "<html lang=\"en\"><body><main data-pagefind-body><h1>Plan</h1><p>More words</p></main></body></html>");
        folder.Write("site/about/index.html", "<html lang=\"en\"><body><main data-pagefind-body><h1>About</h1></main></body></html>");

        var result = await PagefindIndexer.RunAsync(folder.Combine("site"), RepositoryRoot.Combine("node_modules"));

        Assert.True(result.Success, result.Failure);
        Assert.Equal(2, result.IndexedPages); // the about page is outside the indexed pages' glob
    }
}
