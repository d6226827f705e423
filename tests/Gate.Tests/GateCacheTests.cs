using SendSite.Gate;

namespace SendSite.Tests.Gate;

/// <summary>The gate's cache gives a result back only for the same bytes: the page's, and every file it loaded.</summary>
public sealed class GateCacheTests
{
    private const string Page = "areas/leeds/index.html";
    private static readonly GateProblem Found = GateChecks.Reflow.Problem(Page, "table", "too wide");

    private readonly string site = GateFixtures.NewTempFolder();
    private readonly string folder = Path.Combine(GateFixtures.NewTempFolder(), GateCache.DefaultFolderName);

    public GateCacheTests()
    {
        Write(Page, "<p>Leeds</p>");
        Write("assets/site.css", "p { color: #0b0c0c }");
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    // A new cache object per run, as each build makes: nothing is remembered in memory between them.
    private GateCache Open(string fingerprint = "axe 4.10, rules, gate, exceptions") => GateCache.Open(folder, site, fingerprint, "vnu 1");

    private void Keep(bool deep = false) => Open().KeepScan(Page, deep, ["/assets/site.css", "/areas/finder.json"], [Found]);

    [Fact]
    public void The_same_bytes_give_the_kept_result_back()
    {
        Keep();

        Assert.Equal([Found], Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void A_page_whose_bytes_changed_is_never_given_the_kept_result()
    {
        Keep();
        Write(Page, "<p>Leeds.</p>");

        Assert.Null(Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void A_page_whose_stylesheet_changed_is_never_given_the_kept_result()
    {
        Keep();
        Write("assets/site.css", "p { color: #fff }");

        Assert.Null(Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void A_file_that_was_missing_when_the_page_was_checked_and_exists_now_is_a_change()
    {
        Keep();
        Write("areas/finder.json", "[]");

        Assert.Null(Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void Another_axe_rule_set_or_exceptions_file_is_never_given_the_kept_result()
    {
        Keep();

        Assert.Null(Open(fingerprint: "axe 4.11, rules, gate, exceptions").FindScan(Page, deep: false));
    }

    [Fact]
    public void Another_page_with_the_same_bytes_is_not_given_the_result_its_links_resolve_elsewhere()
    {
        Keep();
        Write("areas/york/index.html", "<p>Leeds</p>");

        Assert.Null(Open().FindScan("areas/york/index.html", deep: false));
    }

    [Fact]
    public void A_result_without_the_Tab_walk_does_not_stand_in_for_one_that_needs_it()
    {
        Keep(deep: false);
        Assert.Null(Open().FindScan(Page, deep: true));

        Keep(deep: true);
        Assert.Equal([Found], Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void The_html_checkers_result_is_kept_by_the_pages_bytes_and_the_checkers_version()
    {
        Open().KeepHtml(Page, [GateChecks.HtmlValid.Problem(Page, "line 1", "bad")]);

        Assert.Single(Open().FindHtml(Page)!);
        Assert.Null(GateCache.Open(folder, site, "fingerprint", "vnu 2").FindHtml(Page));
        Write(Page, "<p>York</p>");
        Assert.Null(Open().FindHtml(Page));
    }

    [Fact]
    public void Pruning_keeps_what_this_run_used_and_removes_the_rest()
    {
        Keep();
        Write(Page, "<p>Leeds, changed</p>");
        var run = Open();
        Assert.Null(run.FindScan(Page, deep: false));
        run.KeepScan(Page, false, [], []);

        Assert.Equal(1, run.Prune());
        Assert.Empty(Open().FindScan(Page, deep: false)!);
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_not_a_crash()
    {
        Keep();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, "{ not json");
        }

        Assert.Null(Open().FindScan(Page, deep: false));
    }

    [Fact]
    public void Pruning_leaves_what_the_build_keeps_beside_the_gates_results()
    {
        var searchPart = Path.Combine(folder, "search-shards", "0123", "pagefind-entry.json");
        Directory.CreateDirectory(Path.GetDirectoryName(searchPart)!);
        File.WriteAllText(searchPart, "{}");
        Keep();

        GateCache.Open(folder, site, "another fingerprint", "vnu 1").Prune();

        Assert.True(File.Exists(searchPart));
        Assert.Null(Open().FindScan(Page, deep: false)); // the gate's own entry was pruned
    }

    [Fact]
    public void A_pages_inventory_comes_back_for_the_same_bytes_and_is_read_again_for_new_ones()
    {
        Write(Page, """<body data-template="area"><main id="main"><a href="/x" name="top">X</a><img src="a.png"></main></body>""");
        var read = SiteInventory.Read(site, Open()).Single(page => page.Path == Page);

        var kept = Open().FindPage(Page);
        Write(Page, """<body data-template="area"><main id="main"><a href="/y">Y</a></main></body>""");
        var afterChange = Open().FindPage(Page);
        var readAgain = SiteInventory.Read(site, Open()).Single(page => page.Path == Page);

        Assert.NotNull(kept);
        Assert.Equal(read.Template, kept.Template);
        Assert.Equal(read.Anchors.Order(), kept.Anchors.Order());
        Assert.Equal(read.References, kept.References);
        Assert.Equal(read.Components, kept.Components);
        Assert.Equal(read.IsRedirect, kept.IsRedirect);
        Assert.Null(afterChange);
        Assert.Equal(["/y"], readAgain.References.Where(reference => reference.Element == "a").Select(reference => reference.Url));
    }

    [Fact]
    public void Without_a_folder_nothing_is_looked_up_and_no_page_is_read_for_a_key()
    {
        var none = GateCache.Open(null, site, "fingerprint", "vnu 1");
        const string Gone = "areas/york/index.html"; // no such file: reading it for a key would throw

        Assert.Null(none.FindPage(Gone));
        Assert.Null(none.FindScan(Gone, deep: false));
        Assert.Null(none.FindHtml(Gone));
    }
}
