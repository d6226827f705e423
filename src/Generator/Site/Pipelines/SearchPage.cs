using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Search;
using SendSite.Site.Session;
using SendSite.Site.Views;

namespace SendSite.Site.Pipelines;

/// <summary>
/// The full-text search page, at /search/. Its index is not made here: Pagefind builds it from the written
/// pages (see <see cref="PagefindIndexer"/>), and the page's script loads it from beside the page. The parts the
/// index will be in are planned from the site, so the page names them as it is written and is never rewritten:
/// the gate reads it while the index is still being made.
/// </summary>
public sealed class SearchPage : IPipeline<BuildContext>
{
    public const string TemplateName = "search";
    public const string ScriptAsset = "search.js";

    public string Name => nameof(SearchPage);

    public IReadOnlyList<string> Dependencies => [];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var hasIndex = PagefindIndexer.HasPagesToIndex(context.Site);
        var view = new SearchPageView(SearchIndexLayout.BundleScriptUrl, SiteUrls.Asset(ScriptAsset), SiteUrls.Areas, hasIndex, SearchFilterOrder.Json(),
            SearchPageShardList.MergedBundles(SearchShardPlanner.Plan(context.Site, context.SearchShardPages)));
        var page = PageWriter.Frame(context, "Search reports and plans", TemplateName, SearchIndexLayout.PageUrl, "search",
            "Search the words of every published area SEND inspection report and every local area's plan.",
            new LinkView("Home", SiteUrls.Home));
        return [PageWriter.Write(context, TemplateName, page, view)];
    }
}
