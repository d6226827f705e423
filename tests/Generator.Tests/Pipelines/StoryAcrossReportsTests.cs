using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>
/// The story across the bundled site's reports (issue 16): a full report says what later inspections found,
/// a monitoring report links back to each area for priority action it checked, every successor of a split
/// lists the old area's inspection, and the sample site stays marked as sample data.
/// </summary>
[Collection(BundledSiteCollection.Name)]
public sealed class StoryAcrossReportsTests(BundledSiteBuild site)
{
    private const string FullReport = "areas/kestermoor/reports/2024-02-05-full-inspection/";

    private string Read(string path) => File.ReadAllText(Path.Combine(site.Output, path.Replace('/', Path.DirectorySeparatorChar), "index.html"));

    [Fact]
    public void A_full_report_says_what_the_later_monitoring_inspection_found()
    {
        var page = Read(FullReport);

        Assert.Contains("id=\"since-this-inspection\"", page);
        Assert.Contains("href=\"../2025-10-06-monitoring-inspection/\"", page);
        Assert.Contains("Inspectors found effective action on 3 of 4 areas for priority action.", page);
    }

    [Fact]
    public void A_monitoring_report_links_to_each_area_for_priority_action_it_checked()
    {
        var page = Read("areas/kestermoor/reports/2025-10-06-monitoring-inspection/");

        for (var number = 1; number <= 4; number++)
        {
            Assert.Contains($"href=\"../2024-02-05-full-inspection/#priority-action-{number}\"", page);
        }
    }

    [Fact]
    public void Both_successors_of_a_split_list_the_old_areas_inspection_labelled_as_its()
    {
        const string Label = "Full inspection of Old Harrowdene County, before";

        Assert.Contains(Label + " Harrowdene North was formed", Read("areas/harrowdene-north/"));
        var south = Read("areas/harrowdene-south/");
        Assert.Contains(Label + " Harrowdene South was formed", south);
        Assert.Contains("href=\"../harrowdene-north/reports/2023-09-11-full-inspection/\"", south);
    }

    [Fact]
    public void Every_page_of_the_sample_site_asks_search_engines_not_to_index_it()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, file => Assert.Contains("<meta name=\"robots\" content=\"noindex\">", File.ReadAllText(file)));
    }

    [Fact]
    public void Feed_titles_of_the_sample_site_say_it_is_sample_data()
    {
        var feeds = Directory.EnumerateFiles(Path.Combine(site.Output, "feeds"), "*.xml")
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "areas"), "feed.xml", SearchOption.AllDirectories))
            .ToList();

        Assert.True(feeds.Count > 10, $"Only {feeds.Count} feeds were found.");
        Assert.All(feeds, file => Assert.Contains("<title>Sample data, not real: ", File.ReadAllText(file)));
    }

    [Fact]
    public void A_monitoring_entry_in_the_feeds_summarises_what_inspectors_found()
    {
        var feed = File.ReadAllText(Path.Combine(site.Output, "areas", "kestermoor", "feed.xml"));

        Assert.Contains("<summary type=\"text\">Monitoring inspection of Kestermoor. Inspectors found effective action on 3 of 4 areas for priority action.</summary>", feed);
    }
}
