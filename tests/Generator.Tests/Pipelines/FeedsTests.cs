using System.Xml.Linq;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>The Atom feeds of a small sample site, built without the gate.</summary>
public sealed class FeedsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string BaseUrl = "https://example.org/send/";
    private readonly TempFolder folder = new();
    private readonly string input;

    public FeedsTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private async Task Build(string output = "output")
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
    }

    private XElement Feed(string relative) => XDocument.Load(folder.Combine("output", relative)).Root!;

    private static List<string> EntryIds(XElement feed) =>
        [.. feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];

    /// <summary>The canonical URLs of the report and plan pages built (redirect pages of old slugs are not pages).</summary>
    private List<string> BuiltReportAndPlanUrls() =>
    [
        .. Directory.EnumerateFiles(folder.Combine("output", "areas"), "index.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder.Combine("output"), Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(p => p.Contains("/reports/", StringComparison.Ordinal) || p.Contains("/plans/", StringComparison.Ordinal))
            .Select(p => BaseUrl + p + "/"),
    ];

    [Fact]
    public async Task The_site_feed_is_atom_with_an_entry_per_published_report_and_plan_newest_first()
    {
        await Build();

        var feed = Feed("feeds/all.xml");
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(BaseUrl + "feeds/all.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal(BaseUrl + "feeds/all.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var ids = EntryIds(feed);
        Assert.Equal(4, ids.Count);
        Assert.Equal(BuiltReportAndPlanUrls().Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        var published = feed.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value)).ToList();
        Assert.Equal(published.OrderDescending(), published);
        Assert.Equal("2025-10-10T09:30:00Z", feed.Element(Atom + "updated")!.Value); // the newest entry, not the clock
        var plan = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.Contains("/plans/", StringComparison.Ordinal));
        Assert.Equal("2024-05-20T00:00:00Z", plan.Element(Atom + "published")!.Value);
        var southmere = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value.EndsWith("southmere/reports/2024-01-15-full-inspection/", StringComparison.Ordinal));
        Assert.Equal("Area SEND inspection of Southmere local area partnership", southmere.Element(Atom + "title")!.Value);
        Assert.Equal("Full inspection of Southmere. Outcome: Widespread and/or systemic failings.", southmere.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task Each_area_has_its_own_feed_and_an_empty_one_is_dated_by_the_build_clock()
    {
        await Build();

        Assert.Equal(3, EntryIds(Feed("areas/southmere/feed.xml")).Count);
        Assert.Single(EntryIds(Feed("areas/northby/feed.xml")));
        var eastwold = Feed("areas/eastwold/feed.xml");
        Assert.Empty(EntryIds(eastwold));
        Assert.Equal("2026-11-23T09:00:00Z", eastwold.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task A_change_note_moves_updated_but_not_published()
    {
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport
            .Replace("status: approved", "status: approved\nchange_notes:\n  - date: 2024-06-01\n    note: Corrected a date."));

        await Build();

        var entry = Feed("areas/northby/feed.xml").Element(Atom + "entry")!;
        Assert.Equal("2024-05-10T09:30:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2024-06-01T00:00:00Z", entry.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task Embargoed_and_draft_reports_have_no_entry()
    {
        folder.Write("input/reports/eastwold/2026-10-01-full-inspection.md", SampleInput.NorthbyReport
            .Replace("area: northby", "area: eastwold").Replace("2024-03-04", "2026-10-01").Replace("2024-03-08", "2026-10-02")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-12-01T09:30:00Z"));
        folder.Write("input/reports/northby/2025-06-02-full-inspection.md", SampleInput.NorthbyReport
            .Replace("2024-03-04", "2025-06-02").Replace("2024-03-08", "2025-06-04").Replace("2024-05-10", "2025-07-10")
            .Replace("status: approved", "status: draft"));

        await Build();

        var ids = EntryIds(Feed("feeds/all.xml"));
        Assert.Equal(4, ids.Count);
        Assert.DoesNotContain(ids, id => id.Contains("2026-10-01", StringComparison.Ordinal) || id.Contains("2025-06-02", StringComparison.Ordinal));
        Assert.Empty(EntryIds(Feed("areas/eastwold/feed.xml")));
    }

    [Fact]
    public async Task Pages_advertise_the_site_feed_and_area_pages_their_own()
    {
        await Build();

        var about = File.ReadAllText(folder.Combine("output", "about", "index.html"));
        Assert.Contains("type=\"application/atom+xml\" title=\"All reports and plans (Atom feed)\" href=\"../feeds/all.xml\"", about);
        Assert.DoesNotContain("feed.xml", about);
        var area = File.ReadAllText(folder.Combine("output", "areas", "northby", "index.html"));
        Assert.Contains("type=\"application/atom+xml\" title=\"Northby: reports and plans (Atom feed)\" href=\"feed.xml\"", area);
        Assert.Contains("<a class=\"govuk-link\" href=\"feed.xml\">Follow this area's updates (Atom feed)</a>", area);
    }

    [Fact]
    public async Task Two_builds_give_the_same_feed_bytes()
    {
        await Build("first");
        await Build("second");

        foreach (var file in new[] { "feeds/all.xml", "areas/southmere/feed.xml", "areas/eastwold/feed.xml" })
        {
            Assert.Equal(File.ReadAllBytes(folder.Combine("first", file)), File.ReadAllBytes(folder.Combine("second", file)));
        }
    }

    [Fact]
    public async Task Every_feed_names_the_sites_feed_stylesheet_by_a_relative_address_before_its_root()
    {
        await Build();

        var feeds = Directory.EnumerateFiles(folder.Combine("output"), "*.xml", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith("sitemap.xml", StringComparison.Ordinal))
            .ToList();
        Assert.True(feeds.Count >= 4, $"Only {feeds.Count} feeds were found.");
        foreach (var feed in feeds)
        {
            var document = System.Xml.Linq.XDocument.Load(feed);
            var instruction = Assert.Single(document.Nodes().OfType<System.Xml.Linq.XProcessingInstruction>());
            Assert.Equal("xml-stylesheet", instruction.Target);
            var href = System.Text.RegularExpressions.Regex.Match(instruction.Data, "^type=\"text/xsl\" href=\"([^\"]+)\"$").Groups[1].Value;
            Assert.StartsWith("../", href, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(feed)!, href))), $"{feed} names {href}, which is not in the output.");
            Assert.Equal(Atom + "feed", document.Root!.Name);
        }
    }
}
